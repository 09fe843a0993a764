import type { JoinType } from "../../lib/validations/enums";
import type { GraphOnPremisesConnection, GraphProvisioningPolicy } from "../../lib/validations/snapshot";
import { isoDaysAgo } from "./clock";
import { osProfiles, type OsKey } from "./os";
import { entityId, type TenantContext } from "./tenant";

export interface ProvisioningPolicyInput {
  key: string;
  displayName: string;
  description?: string;
  joinType: JoinType;
  /** `enableSingleSignOn`; null models a payload that left it out. */
  sso: boolean | null;
  /** Required for hybrid join; an Entra-joined policy without one uses a Microsoft-hosted network. */
  networkConnection?: Pick<GraphOnPremisesConnection, "id"> | null;
  /** Region group of a Microsoft-hosted network (graph.md 2.2). */
  regionGroup?: string;
  image?: OsKey;
  /** User groups the policy is assigned to. */
  groupIds?: string[];
  /** Windows 365 for Agents pools are provisioning policies too, with the CPCA- name prefix. */
  forAgents?: boolean;
}

/** A `cloudPcProvisioningPolicy` as read with `$expand=assignments` (graph.md 2.3). */
export function makeProvisioningPolicy(ctx: TenantContext, input: ProvisioningPolicyInput): GraphProvisioningPolicy {
  const id = entityId(ctx, "provisioningPolicy", input.key);
  const image = osProfiles[input.image ?? "win11-24H2"];
  const domainJoinConfiguration = input.networkConnection
    ? { domainJoinType: input.joinType, onPremisesConnectionId: input.networkConnection.id, regionName: null, regionGroup: null }
    : { domainJoinType: input.joinType, onPremisesConnectionId: null, regionName: "automatic", regionGroup: input.regionGroup ?? "usWest" };
  return {
    "@odata.type": "#microsoft.graph.cloudPcProvisioningPolicy",
    id,
    displayName: input.displayName,
    description: input.description ?? null,
    domainJoinConfigurations: [domainJoinConfiguration],
    enableSingleSignOn: input.sso,
    imageId: image.imageId,
    imageDisplayName: image.imageDisplayName,
    imageType: "gallery",
    provisioningType: "dedicated",
    managedBy: "windows365",
    cloudPcNamingTemplate: input.forAgents ? "CPCA-%RAND:5%" : "CPC-%USERNAME:4%-%RAND:5%",
    windowsSetting: { locale: "en-US" },
    localAdminEnabled: false,
    gracePeriodInHours: 48,
    createdDateTime: isoDaysAgo(200, ctx.epochMs),
    assignments: (input.groupIds ?? []).map((groupId) => ({
      id: `${id}_${groupId}`,
      target: { "@odata.type": "microsoft.graph.cloudPcManagementGroupAssignmentTarget", groupId },
    })),
  };
}
