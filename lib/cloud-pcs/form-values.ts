import { flagValue, textValue, type FormValues } from "@/lib/inventory/form-values";
import type { GraphCloudPc } from "@/lib/validations/snapshot";

/** A Cloud PC as its form shows it (also the "their values" of a conflict). */
export function cloudPcFormValues(cloudPc: GraphCloudPc): FormValues {
  const facts = cloudPc.sightline ?? {};
  return {
    displayName: cloudPc.displayName,
    userPrincipalName: textValue(cloudPc.userPrincipalName),
    provisioningPolicyId: textValue(cloudPc.provisioningPolicyId),
    status: textValue(cloudPc.status),
    osVersion: textValue(cloudPc.osVersion),
    osEdition: textValue(facts.osEdition),
    osRelease: textValue(facts.osRelease),
    osBuild: textValue(facts.osBuild),
    installedUpdates: (facts.installedUpdates ?? []).map((u) => `${u.kb} ${u.month}`).join("\n"),
    servicePlanName: textValue(cloudPc.servicePlanName),
    productType: textValue(cloudPc.productType),
    imageDisplayName: textValue(cloudPc.imageDisplayName),
    ssoApplied: flagValue(cloudPc.connectionSetting?.enableSingleSignOn),
    smartCardDriversInstalled: flagValue(facts.smartCardDriversInstalled),
    agentPoolId: textValue(facts.agentPoolId),
  };
}
