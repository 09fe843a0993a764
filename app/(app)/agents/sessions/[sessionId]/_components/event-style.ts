/**
 * How each kind of event looks on the timeline: the session's lifecycle in slate, tokens and requests
 * in sky, risk in amber, revocation in violet, the reset in emerald. Violations override with red.
 */
const tones = {
  lifecycle: { dot: "bg-slate-500 dark:bg-slate-400", text: "text-slate-700 dark:text-slate-300" },
  token: { dot: "bg-sky-500 dark:bg-sky-400", text: "text-sky-800 dark:text-sky-300" },
  risk: { dot: "bg-amber-500 dark:bg-amber-400", text: "text-amber-800 dark:text-amber-300" },
  revoke: { dot: "bg-violet-500 dark:bg-violet-400", text: "text-violet-800 dark:text-violet-300" },
  reset: { dot: "bg-emerald-500 dark:bg-emerald-400", text: "text-emerald-800 dark:text-emerald-300" },
} as const;

const kindOf: Record<string, keyof typeof tones> = {
  cloudPcAcquired: "lifecycle",
  secureChannelOpened: "lifecycle",
  tokenIssued: "token",
  requestValidated: "token",
  tokenPresented: "token",
  riskSignalChanged: "risk",
  accessRevoked: "revoke",
  taskCompleted: "lifecycle",
  sessionEnded: "lifecycle",
  cloudPcReset: "reset",
};

export function eventTone(type: string) {
  return tones[kindOf[type] ?? "lifecycle"];
}
