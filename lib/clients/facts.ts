import { sightline, type Fact } from "@/lib/inventory/facts";
import { clientAppLabels, labelOf } from "@/lib/ui/labels";
import type { Client } from "@/lib/validations/snapshot";

/** Every fact of a client. Graph does not hold clients: each is a fact Sightline records. */
export function clientFacts(client: Client): Fact[] {
  return [
    { label: "Id", value: client.id, source: sightline("clients[].id") },
    { label: "User id", value: client.userId, source: sightline("clients[].userId") },
    { label: "App", value: client.app, display: labelOf(clientAppLabels, client.app), source: sightline("clients[].app") },
    { label: "Device name", value: client.deviceName ?? null, source: sightline("clients[].deviceName") },
    { label: "Local OS", value: client.localOs ?? null, source: sightline("clients[].localOs") },
    { label: "Managed device", value: client.managed ?? null, source: sightline("clients[].managed") },
    { label: "Shared device", value: client.shared ?? null, source: sightline("clients[].shared") },
    { label: "B2B registry key set", value: client.b2bRegistryKeySet ?? null, source: sightline("clients[].b2bRegistryKeySet") },
    { label: "Reaches the required URLs", value: client.canReachRequiredUrls ?? null, source: sightline("clients[].canReachRequiredUrls") },
    { label: "Line of sight to a domain controller", value: client.lineOfSightToDomainController ?? null, source: sightline("clients[].lineOfSightToDomainController") },
    { label: "Credentials saved", value: client.credentialsSaved ?? null, source: sightline("clients[].credentialsSaved") },
  ];
}
