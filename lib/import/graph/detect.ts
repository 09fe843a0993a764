import type { GraphCollection } from "@/lib/validations/import";

/**
 * Which Graph collection a response holds. Three witnesses, strongest first: the `@odata.context`
 * of the response (names the request's path), the `@odata.type` of an object, and the shape of the
 * object (properties only that collection has). Each returns null when it cannot tell.
 */

// The path segments of an @odata.context after `$metadata#`, matched on their end: the same entity
// set is reached through several paths (`users`, `users('id')/cloudPCs`, `me/cloudPCs`...).
const contextEndings: [RegExp, GraphCollection][] = [
  [/(^|\/)users$/, "users"],
  [/(^|\/)domains$/, "domains"],
  [/(^|\/)cloudpcs$/, "cloudPCs"],
  [/(^|\/)provisioningpolicies$/, "provisioningPolicies"],
  [/(^|\/)onpremisesconnections$/, "onPremisesConnections"],
  [/(^|\/)conditionalaccess\/policies$/, "conditionalAccessPolicies"],
  [/(^|\/)authenticationmethodspolicy$/, "authenticationMethodsPolicy"],
  [/(^|\/)remotedesktopsecurityconfiguration$/, "remoteDesktopSecurityConfigurations"],
];

/** The collection an `@odata.context` URL names, e.g. `...$metadata#deviceManagement/virtualEndpoint/cloudPCs`. */
export function collectionOfContext(context: unknown): GraphCollection | null {
  if (typeof context !== "string") return null;
  const hash = context.indexOf("#");
  if (hash < 0) return null;
  const path = context
    .slice(hash + 1)
    .replace(/\([^()]*(\([^()]*\)[^()]*)*\)/g, "") // key and $select segments: users('id'), cloudPCs(id,displayName), (assignments())
    .replace(/\/\$(entity|delta)$/i, "")
    .toLowerCase();
  for (const [ending, collection] of contextEndings) if (ending.test(path)) return collection;
  return null;
}

/** The service principal an @odata.context names by appId: `servicePrincipals(appId='...')/remoteDesktopSecurityConfiguration`. */
export function appIdOfContext(context: unknown): string | null {
  if (typeof context !== "string") return null;
  const match = /servicePrincipals\(appId='([0-9a-f-]{36})'\)/i.exec(context);
  return match ? match[1].toLowerCase() : null;
}

const typeNames: Record<string, GraphCollection> = {
  "microsoft.graph.user": "users",
  "microsoft.graph.domain": "domains",
  "microsoft.graph.cloudpc": "cloudPCs",
  "microsoft.graph.cloudpcprovisioningpolicy": "provisioningPolicies",
  "microsoft.graph.cloudpconpremisesconnection": "onPremisesConnections",
  "microsoft.graph.conditionalaccesspolicy": "conditionalAccessPolicies",
  "microsoft.graph.authenticationmethodspolicy": "authenticationMethodsPolicy",
  "microsoft.graph.remotedesktopsecurityconfiguration": "remoteDesktopSecurityConfigurations",
};

/** The collection of an object's `@odata.type`; Graph's examples vary the case and the leading `#`. */
export function collectionOfType(type: unknown): GraphCollection | null {
  if (typeof type !== "string") return null;
  return typeNames[type.replace(/^#/, "").toLowerCase()] ?? null;
}

/** Whether an @odata.type names some Graph type at all (a type Sightline does not import is refused). */
export const isGraphType = (type: unknown): type is string => typeof type === "string" && /^#?microsoft\.graph\./i.test(type);

const has = (item: Record<string, unknown>, ...keys: string[]) => keys.some((key) => item[key] !== undefined);

/**
 * The collection an object's properties point to. Checked from the most specific shape to the least:
 * a Cloud PC also has a `userPrincipalName`, so users come last.
 */
export function collectionOfShape(item: Record<string, unknown>): GraphCollection | null {
  if (Array.isArray(item.authenticationMethodConfigurations)) return "authenticationMethodsPolicy";
  if (has(item, "isRemoteDesktopProtocolEnabled", "targetDeviceGroups")) return "remoteDesktopSecurityConfigurations";
  if (has(item, "conditions") && has(item, "grantControls", "sessionControls", "state")) return "conditionalAccessPolicies";
  if (has(item, "domainJoinConfigurations", "domainJoinConfiguration", "cloudPcNamingTemplate", "windowsSetting", "windowsSettings")) return "provisioningPolicies";
  if (has(item, "adDomainName", "healthCheckStatus", "healthCheckStatusDetail", "virtualNetworkId", "subnetId", "connectionType")) return "onPremisesConnections";
  if (has(item, "provisioningPolicyId", "servicePlanId", "servicePlanName", "managedDeviceName", "aadDeviceId")) return "cloudPCs";
  if (has(item, "authenticationType") && has(item, "isVerified", "isDefault", "isRoot", "supportedServices", "availabilityStatus")) return "domains";
  if (has(item, "userPrincipalName")) return "users";
  return null;
}
