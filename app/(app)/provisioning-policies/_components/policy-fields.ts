import type { FieldSection } from "@/components/inventory/field-spec";
import { joinTypeLabels } from "@/lib/ui/labels";

/** The SSO and join facts of a provisioning policy: what decides how its Cloud PCs are joined and signed in to. */
export function provisioningPolicySections(connections: { id: string; name: string }[], cloudPcCount: number): FieldSection[] {
  return [
    {
      title: "Provisioning policy",
      fields: [
        { kind: "text", name: "displayName", label: "Name", required: true },
        { kind: "textarea", name: "description", label: "Description", rows: 2 },
      ],
    },
    {
      title: "Join and single sign-on",
      description: `Its ${cloudPcCount} Cloud PC${cloudPcCount === 1 ? "" : "s"} take the join type from the policy: changing it here changes theirs.`,
      fields: [
        { kind: "select", name: "joinType", label: "Join type", options: Object.entries(joinTypeLabels).map(([value, label]) => ({ value, label })) },
        {
          kind: "select",
          name: "networkConnectionId",
          label: "Azure network connection",
          emptyLabel: "None",
          hint: "Required for Microsoft Entra hybrid join.",
          options: connections.map((c) => ({ value: c.id, label: c.name })),
        },
        { kind: "text", name: "regionName", label: "Region", placeholder: "e.g. westeurope" },
        { kind: "flag", name: "enableSingleSignOn", label: "Single sign-on", hint: "Off: people are asked for credentials on every connection." },
      ],
    },
  ];
}
