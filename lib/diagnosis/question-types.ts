import type { RuleId } from "../rules";
import type { TenantSnapshot } from "../validations/snapshot";
import { onTheSpotDeviceName } from "./slice";

/** Who can answer: the person at the device, or an admin with the portals. */
export type QuestionAudience = "user" | "admin";

/**
 * What an answer belongs to. The page forgets client answers when the agent picks another client, and
 * Cloud PC answers (its policy and network connection included) when another Cloud PC is picked.
 */
export type QuestionScope = "client" | "cloudPc" | "user" | "tenant";

export interface QuestionOption {
  value: string;
  label: string;
}

/**
 * A question that settles a missing fact. It is keyed by the fact it fills in, and names the rules
 * whose `unknown` it can settle. Answering writes the fact into a copy of the diagnosis's slice of
 * the tenant (a fact override), and the rule engine then decides as it would with recorded data.
 */
export interface QuestionDefinition {
  id: string;
  scope: QuestionScope;
  audience: QuestionAudience;
  rules: readonly RuleId[];
  options: readonly QuestionOption[];
  /** The question worded for this slice, or null when the slice holds nothing it could be about. */
  ask(slice: TenantSnapshot): string | null;
  /** Whether the slice lacks the fact, so asking makes sense. */
  open(slice: TenantSnapshot): boolean;
  /** Writes the answer into the slice (a copy the caller owns). */
  apply(slice: TenantSnapshot, value: string): void;
}

export const yesNo: readonly QuestionOption[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

export const isYes = (value: string) => value === "yes";

/** The one client, Cloud PC, policy and network connection of a diagnosis slice. */
export const sliceClient = (slice: TenantSnapshot) => slice.clients[0] ?? null;
export const sliceCloudPc = (slice: TenantSnapshot) => slice.cloudPCs[0] ?? null;
export const sliceUser = (slice: TenantSnapshot) => slice.users[0] ?? null;
export const slicePolicy = (slice: TenantSnapshot) => slice.provisioningPolicies[0] ?? null;
export const sliceConnection = (slice: TenantSnapshot) => slice.onPremisesConnections[0] ?? null;

export const deviceName = (client: { deviceName?: string | null; id: string }) =>
  client.deviceName && client.deviceName !== onTheSpotDeviceName ? client.deviceName : "the user's device";
