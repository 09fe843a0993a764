import bcrypt from "bcryptjs";
import { z } from "zod";

const COST = 12;

/** Local account password policy: long enough to resist guessing, no composition theatre. */
export const PasswordPolicy = z
  .string()
  .min(12, "Use at least 12 characters")
  .max(200, "Use at most 200 characters")
  .refine((p) => new Set(p).size >= 5, "Use at least 5 different characters");

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
