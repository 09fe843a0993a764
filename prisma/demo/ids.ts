import { cloudPcAppIds } from "../../lib/validations/enums";
import { entityId, type TenantContext } from "../factories";

/** Snapshot ids of a demo tenant's entities, from the keys the demo files build them with. */
export function demoIds(ctx: TenantContext) {
  return {
    tenant: ctx.tenantId,
    user: (alias: string) => entityId(ctx, "user", alias),
    /** A person's Cloud PC is keyed by their alias unless the plan says otherwise. */
    cloudPc: (key: string) => entityId(ctx, "cloudPc", key),
    /** A person's client: `alias/app`, or `alias/key` when the plan names it. */
    client: (alias: string, keyOrApp = "windowsAppWindows") => entityId(ctx, "client", `${alias}/${keyOrApp}`),
    policy: (key: string) => entityId(ctx, "provisioningPolicy", key),
    networkConnection: (key: string) => entityId(ctx, "networkConnection", key),
    conditionalAccessPolicy: (key: string) => entityId(ctx, "conditionalAccessPolicy", key),
    agentSession: (key: string) => entityId(ctx, "agentSession", key),
    /** Results on a remote desktop configuration are reported on its service principal, by app id. */
    servicePrincipal: (app: keyof typeof cloudPcAppIds) => cloudPcAppIds[app],
  };
}

export interface RuleExpectation {
  ruleId: string;
  /** Entity ids (per docs/rule-inputs.md's "reported on") that must fail. */
  fails: string[];
  /** Entity ids that must pass. */
  passes: string[];
}
