/**
 * The Content-Security-Policy of every page. Scripts run only with the request's nonce (Next.js puts it
 * on its own scripts when it finds it in the request's policy header); 'strict-dynamic' lets those
 * scripts load the app's chunks. Styles allow inline style attributes, which React and the chart
 * library write; a nonce in style-src would disable that. Development adds 'unsafe-eval' for React's
 * debugging tools; production never does.
 */
export function buildCsp(nonce: string, { development = false }: { development?: boolean } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  // No upgrade-insecure-requests: a self-hosted install on plain HTTP inside a network must keep working;
  // HTTPS and HSTS belong to the reverse proxy in front of it.
  return Object.entries(directives).map(([k, v]) => `${k} ${v.join(" ")}`).join("; ");
}

/** Headers every response carries, pages and API routes alike. */
export const securityHeaders: { key: string; value: string }[] = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];
