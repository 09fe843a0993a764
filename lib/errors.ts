/** An expected failure whose message is safe to show to the person who caused it. */
export class DomainError extends Error {
  constructor(
    readonly code: "not_found" | "conflict" | "invalid" | "busy" | "forbidden",
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Prisma errors carry a code (P2002...); mapping by code keeps messages stable across versions. */
export function prismaErrorCode(error: unknown): string | null {
  if (error && typeof error === "object" && "code" in error && typeof (error as { code: unknown }).code === "string") {
    const code = (error as { code: string }).code;
    return /^P\d{4}$/.test(code) ? code : null;
  }
  return null;
}
