import type { FieldSection } from "@/components/inventory/field-spec";
import { cloudLabels, credentialMethodLabels, identityTypeLabels, inSessionMethodLabels } from "@/lib/ui/labels";

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The user form. The identity type is derived from these facts when saved, unless an admin overrides it. */
export function userSections(creating: boolean): FieldSection[] {
  return [
    {
      title: "Directory (Microsoft Graph)",
      fields: [
        { kind: "text", name: "userPrincipalName", label: "User principal name", required: true, placeholder: "e.g. name@contoso.com", hint: creating ? undefined : "Cloud PCs name their user by UPN: changing it here does not reassign them." },
        ...(creating ? [{ kind: "text" as const, name: "id", label: "Graph id", hint: "The user's object id in Entra. Leave empty to let Sightline assign one." }] : []),
        { kind: "text", name: "displayName", label: "Display name" },
        { kind: "text", name: "mail", label: "Mail" },
        { kind: "select", name: "userType", label: "User type", options: [{ value: "Member", label: "Member" }, { value: "Guest", label: "Guest" }] },
        { kind: "text", name: "creationType", label: "Creation type", placeholder: "e.g. Invitation", hint: "Invitation for a B2B guest." },
        { kind: "text", name: "externalUserState", label: "External user state", placeholder: "e.g. Accepted" },
        { kind: "flag", name: "onPremisesSyncEnabled", label: "On-premises sync enabled", hint: "Yes for a user created in AD DS and synced: a hybrid identity." },
        { kind: "text", name: "onPremisesDomainName", label: "On-premises domain" },
        { kind: "text", name: "onPremisesSamAccountName", label: "On-premises account name" },
      ],
    },
    {
      title: "Sign-in (Sightline facts)",
      description: "How the user authenticates: Graph does not hold these, so Sightline records them.",
      fields: [
        { kind: "checkboxes", name: "signInMethods", label: "Sign-in methods", options: options(credentialMethodLabels) },
        { kind: "checkboxes", name: "inSessionMethods", label: "In-session methods", options: options(inSessionMethodLabels) },
        { kind: "select", name: "homeCloud", label: "Home cloud (external identities)", options: options(cloudLabels) },
        { kind: "flag", name: "requiresOnPremisesKerberos", label: "Needs on-premises resources over Kerberos or NTLM" },
        { kind: "textarea", name: "softwareEntitlements", label: "Software entitlements", rows: 2 },
      ],
    },
    {
      title: "Identity type override",
      description: "Only when the Graph facts classify the user wrongly. The rules then use this type; the derived one stays visible beside it.",
      fields: [
        { kind: "select", name: "identityTypeOverride", label: "Identity type", emptyLabel: "Derived from the facts (no override)", options: options(identityTypeLabels) },
        { kind: "textarea", name: "identityTypeOverrideReason", label: "Reason", rows: 2, hint: "Required with an override: what the facts get wrong." },
      ],
    },
  ];
}
