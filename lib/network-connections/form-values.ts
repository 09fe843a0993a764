import { textValue, type FormValues } from "@/lib/inventory/form-values";
import type { GraphOnPremisesConnection } from "@/lib/validations/snapshot";

/** A network connection as its form shows it (also the "their values" of a conflict). */
export function networkConnectionFormValues(connection: GraphOnPremisesConnection): FormValues {
  return {
    displayName: connection.displayName,
    connectionType: textValue(connection.connectionType),
    subscriptionId: textValue(connection.subscriptionId),
    subscriptionName: textValue(connection.subscriptionName),
    adDomainName: textValue(connection.adDomainName),
    virtualNetworkId: textValue(connection.virtualNetworkId),
    subnetId: textValue(connection.subnetId),
    healthCheckStatus: textValue(connection.healthCheckStatus),
  };
}
