import type { FieldSection } from "@/components/inventory/field-spec";
import { healthCheckStatusLabels, joinTypeLabels } from "@/lib/ui/labels";

/** The Azure network connection form: its own facts (the health checks come from Graph as they are). */
export function networkConnectionSections(creating: boolean): FieldSection[] {
  return [
    {
      title: "Azure network connection",
      fields: [
        { kind: "text", name: "displayName", label: "Name", required: true },
        ...(creating ? [{ kind: "text" as const, name: "id", label: "Graph id", hint: "Leave empty to let Sightline assign one." }] : []),
        { kind: "select", name: "connectionType", label: "Connection type", options: Object.entries(joinTypeLabels).map(([value, label]) => ({ value, label })) },
        { kind: "text", name: "adDomainName", label: "AD domain", placeholder: "e.g. corp.contoso.com" },
        { kind: "select", name: "healthCheckStatus", label: "Health check status", options: Object.entries(healthCheckStatusLabels).map(([value, label]) => ({ value, label })) },
      ],
    },
    {
      title: "Azure",
      description: "A hybrid-joined policy's connection needs an Azure subscription and a virtual network with line of sight to a domain controller.",
      fields: [
        { kind: "text", name: "subscriptionId", label: "Subscription id" },
        { kind: "text", name: "subscriptionName", label: "Subscription name" },
        { kind: "text", name: "virtualNetworkId", label: "Virtual network id" },
        { kind: "text", name: "subnetId", label: "Subnet id" },
      ],
    },
  ];
}
