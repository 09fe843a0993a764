import type { DiagnosisSubject } from "./types";

export const redactedName = "[user]";
export const redactedUpn = "[user UPN]";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const localPart = (address: string | null) => (address && address.includes("@") ? address.slice(0, address.lastIndexOf("@")) : null);

/**
 * What identifies the user in a ticket: display name, UPN, mail, and the local parts of the UPN and the
 * mail (a guest's UPN carries the home address in it). Longest first, so a UPN is replaced whole before
 * its local part could be.
 */
function needles(subject: DiagnosisSubject): { text: string; replacement: string }[] {
  const { displayName, userPrincipalName, mail } = subject.user;
  const candidates = [
    { text: userPrincipalName, replacement: redactedUpn },
    { text: mail, replacement: redactedUpn },
    { text: localPart(userPrincipalName), replacement: redactedUpn },
    { text: localPart(mail), replacement: redactedUpn },
    { text: displayName, replacement: redactedName },
  ];
  const seen = new Set<string>();
  return candidates
    .filter((candidate): candidate is { text: string; replacement: string } => {
      // Very short fragments ("al") would blank out unrelated words.
      if (!candidate.text || candidate.text.trim().length < 3) return false;
      const key = candidate.text.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => b.text.length - a.text.length);
}

/**
 * A copy of `value` with the user's name and UPN replaced in every string, at any depth: the ticket
 * may go to people who should not see who it is about. Other names (Cloud PCs, devices, policies) stay,
 * since the fix needs them.
 */
export function redactUser<T>(value: T, subject: DiagnosisSubject): T {
  const list = needles(subject);
  if (list.length === 0) return value;
  const pattern = new RegExp(list.map((needle) => escape(needle.text)).join("|"), "gi");
  const replacements = new Map(list.map((needle) => [needle.text.toLowerCase(), needle.replacement]));
  const scrub = (text: string) => text.replace(pattern, (match) => replacements.get(match.toLowerCase()) ?? redactedName);
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") return scrub(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    return node;
  };
  return walk(value) as T;
}
