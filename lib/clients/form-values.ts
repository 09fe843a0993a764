import { flagValue, textValue, type FormValues } from "@/lib/inventory/form-values";
import type { Client } from "@/lib/validations/snapshot";

/** A client as its form shows it; `user` is the user's UPN when the user is in the directory. */
export function clientFormValues(client: Client, userPrincipalName: string | null): FormValues {
  return {
    user: userPrincipalName ?? client.userId,
    app: client.app,
    deviceName: textValue(client.deviceName),
    localOs: textValue(client.localOs),
    managed: flagValue(client.managed),
    shared: flagValue(client.shared),
    b2bRegistryKeySet: flagValue(client.b2bRegistryKeySet),
    canReachRequiredUrls: flagValue(client.canReachRequiredUrls),
    lineOfSightToDomainController: flagValue(client.lineOfSightToDomainController),
    credentialsSaved: flagValue(client.credentialsSaved),
  };
}
