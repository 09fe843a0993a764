import type { GraphCloudPc, GraphOnPremisesConnection, GraphProvisioningPolicy, GraphUser } from "../../lib/validations/snapshot";
import { isoDaysAgo } from "./clock";
import { guid, tagFromId } from "./ids";
import { osState, type OsKey, type PatchMonth } from "./os";
import { entityId, type TenantContext } from "./tenant";

export interface CloudPcInput {
  key: string;
  /** The assigned user; null for a pooled agent Cloud PC. */
  user: Pick<GraphUser, "userPrincipalName"> | null;
  policy: GraphProvisioningPolicy;
  /** Only for the `onPremisesConnectionName` Graph reports. */
  networkConnection?: Pick<GraphOnPremisesConnection, "displayName"> | null;
  os?: OsKey;
  patchedThrough?: PatchMonth;
  /** Drop the OS facts Sightline records (edition, release, build, updates): the rules then say unknown. */
  osFactsUnrecorded?: boolean;
  status?: string;
  /**
   * `connectionSetting.enableSingleSignOn`, the SSO state the Cloud PC actually has. Defaults to the
   * policy's flag (applied); "absent" leaves `connectionSetting` out, as older payloads do.
   */
  ssoApplied?: boolean | "absent";
  smartCardDriversInstalled?: boolean | null;
  agentPoolId?: string | null;
  displayName?: string;
  servicePlanName?: string;
  productType?: string;
  lastModifiedDaysAgo?: number;
}

// Shared by every Cloud PC in a 100k benchmark tenant: read-only by contract.
const ssoOn = Object.freeze({ enableSingleSignOn: true });
const ssoOff = Object.freeze({ enableSingleSignOn: false });

/** "adele.vance@contoso.com" -> "adel": the %USERNAME:4% part of the default naming template. */
function userNamePart(userPrincipalName: string): string {
  return userPrincipalName.split(/[@_]/)[0].replace(/[^a-zA-Z0-9]/g, "").slice(0, 4).toLowerCase();
}

/** A beta `cloudPC` (graph.md 1.2) with Sightline's OS and agent facts in `sightline`. */
export function makeCloudPc(ctx: TenantContext, input: CloudPcInput): GraphCloudPc {
  const id = entityId(ctx, "cloudPc", input.key);
  const os = osState(input.os ?? "win11-24H2", input.patchedThrough ?? "2025-11");
  const displayName =
    input.displayName ?? (input.user ? `CPC-${userNamePart(input.user.userPrincipalName)}-${tagFromId(id)}` : `CPCA-${tagFromId(id)}`);
  const applied = input.ssoApplied ?? input.policy.enableSingleSignOn;
  const modified = input.lastModifiedDaysAgo ?? 1 + (parseInt(id.slice(0, 8), 16) % 40);
  const cloudPc: GraphCloudPc = {
    id,
    displayName,
    aadDeviceId: guid(`${id}/aadDevice`),
    managedDeviceId: guid(`${id}/managedDevice`),
    managedDeviceName: displayName,
    userPrincipalName: input.user?.userPrincipalName ?? null,
    provisioningPolicyId: input.policy.id,
    provisioningPolicyName: input.policy.displayName,
    onPremisesConnectionName: input.networkConnection?.displayName ?? "",
    imageDisplayName: input.policy.imageDisplayName ?? null,
    servicePlanName: input.servicePlanName ?? "Cloud PC Enterprise 4vCPU/16GB/128GB",
    servicePlanType: "enterprise",
    status: input.status ?? "provisioned",
    osVersion: os.osVersion,
    productType: input.productType ?? "enterprise",
    provisioningType: "dedicated",
    userAccountType: "standardUser",
    deviceRegionName: "westus2",
    lastModifiedDateTime: isoDaysAgo(modified, ctx.epochMs),
    sightline: {
      osEdition: input.osFactsUnrecorded ? null : "enterprise",
      osRelease: input.osFactsUnrecorded ? null : os.osRelease,
      osBuild: input.osFactsUnrecorded ? null : os.osBuild,
      installedUpdates: input.osFactsUnrecorded ? null : os.installedUpdates,
      smartCardDriversInstalled: input.smartCardDriversInstalled ?? null,
      agentPoolId: input.agentPoolId ?? null,
    },
  };
  if (applied === true) cloudPc.connectionSetting = ssoOn;
  else if (applied === false) cloudPc.connectionSetting = ssoOff;
  return cloudPc;
}
