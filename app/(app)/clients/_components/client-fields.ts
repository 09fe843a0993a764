import type { FieldSection } from "@/components/inventory/field-spec";
import { clientAppLabels } from "@/lib/ui/labels";

/** The client form: how one user connects, as Sightline records it (Graph does not hold it). */
export function clientSections(creating: boolean): FieldSection[] {
  return [
    {
      title: "Client",
      fields: [
        { kind: "text", name: "user", label: "User (UPN)", required: true, placeholder: "e.g. name@contoso.com", hint: "A user of this tenant's directory." },
        { kind: "select", name: "app", label: "App", required: true, options: Object.entries(clientAppLabels).map(([value, label]) => ({ value, label })) },
        ...(creating ? [{ kind: "text" as const, name: "id", label: "Client id", hint: "Leave empty to let Sightline assign one." }] : []),
        { kind: "text", name: "deviceName", label: "Device name" },
        { kind: "text", name: "localOs", label: "Local OS", placeholder: "e.g. Windows 11 24H2", hint: "The OS of the device the app runs on, with its release." },
      ],
    },
    {
      title: "Device and network",
      fields: [
        { kind: "flag", name: "managed", label: "Managed device" },
        { kind: "flag", name: "shared", label: "Shared device" },
        { kind: "flag", name: "b2bRegistryKeySet", label: "B2B registry key set", hint: "EnableIdSignInUx on the device running Windows App (external identities)." },
        { kind: "flag", name: "canReachRequiredUrls", label: "Reaches the required URLs" },
        { kind: "flag", name: "lineOfSightToDomainController", label: "Line of sight to a domain controller", hint: "Directly or through a VPN." },
        { kind: "flag", name: "credentialsSaved", label: "Credentials saved in the client" },
      ],
    },
  ];
}
