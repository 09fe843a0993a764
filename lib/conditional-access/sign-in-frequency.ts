type SignInFrequency = { isEnabled?: boolean | null; value?: number | null; type?: string | null; frequencyInterval?: string | null };

/**
 * Sign-in frequency (Graph sessionControls.signInFrequency) in words for the list, the facts and the
 * CSV: "every 8 hours", "every time", or null when none is enforced.
 */
export function signInFrequencyText(frequency: SignInFrequency | null | undefined): string | null {
  if (!frequency?.isEnabled) return null;
  if (frequency.frequencyInterval === "everyTime") return "every time";
  if (frequency.value && frequency.type) return `every ${frequency.value} ${frequency.type}`;
  return "on";
}
