import type { FieldSection } from "@/components/inventory/field-spec";
import { cloudPcStatusLabels, joinTypeLabels, labelOf } from "@/lib/ui/labels";

/** The Cloud PC form. Its join type is not a field: it follows the chosen provisioning policy. */
export function cloudPcSections(policies: { id: string; name: string; joinType: string | null }[], creating: boolean): FieldSection[] {
  return [
    {
      title: "Cloud PC",
      fields: [
        { kind: "text", name: "displayName", label: "Name", required: true },
        ...(creating
          ? [{ kind: "text" as const, name: "id", label: "Graph id", hint: "The cloudPC id from Microsoft Graph. Leave empty to let Sightline assign one." }]
          : []),
        { kind: "text", name: "userPrincipalName", label: "Assigned user (UPN)", placeholder: "e.g. name@contoso.com", hint: "Empty for a pooled Cloud PC." },
        {
          kind: "select",
          name: "provisioningPolicyId",
          label: "Provisioning policy",
          emptyLabel: "None",
          hint: "The join type comes from the policy.",
          options: policies.map((p) => ({ value: p.id, label: `${p.name} (${p.joinType ? labelOf(joinTypeLabels, p.joinType) : "join type unknown"})` })),
        },
        { kind: "select", name: "status", label: "Status", options: Object.entries(cloudPcStatusLabels).map(([value, label]) => ({ value, label })) },
        { kind: "flag", name: "ssoApplied", label: "SSO applied", hint: "Graph connectionSetting.enableSingleSignOn: the SSO state the Cloud PC actually has." },
      ],
    },
    {
      title: "Operating system",
      description: "What Windows the Cloud PC runs: external identities need Windows 11 Enterprise 24H2 or later with the 2025-09 update.",
      fields: [
        { kind: "select", name: "osVersion", label: "OS version", options: [{ value: "windows10", label: "Windows 10" }, { value: "windows11", label: "Windows 11" }] },
        { kind: "text", name: "osEdition", label: "OS edition", placeholder: "e.g. enterprise" },
        { kind: "text", name: "osRelease", label: "OS release", placeholder: "e.g. 24H2" },
        { kind: "text", name: "osBuild", label: "OS build", placeholder: "e.g. 26100.6584" },
        {
          kind: "textarea",
          name: "installedUpdates",
          label: "Installed cumulative updates",
          rows: 3,
          placeholder: "e.g. KB5065789 2025-09",
          hint: "One per line: the KB number and its release month. Empty when not recorded.",
        },
        { kind: "flag", name: "smartCardDriversInstalled", label: "Smart card drivers installed" },
      ],
    },
    {
      title: "Licence and image",
      fields: [
        { kind: "text", name: "servicePlanName", label: "Service plan" },
        { kind: "text", name: "productType", label: "Product type", placeholder: "e.g. enterprise" },
        { kind: "text", name: "imageDisplayName", label: "Image" },
        { kind: "text", name: "agentPoolId", label: "Agent pool id", hint: "For a Windows 365 for Agents Cloud PC." },
      ],
    },
  ];
}
