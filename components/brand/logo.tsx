/** The Sightline mark: a sight line crossing a window pane. */
export function LogoMark({ className = "h-7 w-7" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true">
      <rect x="3" y="3" width="26" height="26" rx="6" className="fill-brand-600" />
      <path d="M9 10h6v6H9zM17 10h6v6h-6zM9 18h6v6H9zM17 18h6v6h-6z" className="fill-white/85" />
      <path d="M4 27 28 5" stroke="#fbbf24" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

export function Wordmark() {
  return (
    <span className="flex items-center gap-2 text-lg font-semibold tracking-tight">
      <LogoMark />
      <span className="hidden sm:inline">Sightline</span>
    </span>
  );
}
