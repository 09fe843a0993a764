import { clientApps, clouds, credentialMethods, identityTypes, inSessionMethods } from "@/lib/validations/enums";
import type { CsvCollection } from "@/lib/validations/import";
import { flag, installedUpdates, listOf, oneOf, text, type CellReader } from "./cells";

/**
 * The CSV files Sightline imports: Cloud PCs, users and clients. Each column writes one property of
 * the entity, a Graph property where Graph has it and a `sightline` fact where it does not, with the
 * snapshot's names (lib/validations/snapshot.ts). The headers are stable and documented in
 * docs/import.md; the downloadable templates are these columns with one example row.
 */
export interface CsvImportColumn {
  header: string;
  /** Where the value goes: a property path in the snapshot entity. */
  target: readonly string[];
  read: CellReader;
  /** Needed when the row creates the entity (an existing one keeps its stored value). */
  requiredForNew?: boolean;
  description: string;
  example: string;
}

export interface CsvTemplate {
  collection: CsvCollection;
  title: string;
  columns: CsvImportColumn[];
}

const column = (header: string, target: readonly string[], read: CellReader, description: string, example: string, requiredForNew = false): CsvImportColumn => ({
  header,
  target,
  read,
  description,
  example,
  requiredForNew,
});

const cloudPcs: CsvTemplate = {
  collection: "cloudPCs",
  title: "Cloud PCs",
  columns: [
    column("id", ["id"], text, "Graph id of the Cloud PC (the key: a row with a known id updates that Cloud PC)", "662009bc-7732-4f6f-8726-25883518ffff", true),
    column("displayName", ["displayName"], text, "Cloud PC name", "CPC-alice-7H2K", true),
    column("userPrincipalName", ["userPrincipalName"], text, "UPN of the assigned user", "alice@contoso.com"),
    column("provisioningPolicyId", ["provisioningPolicyId"], text, "Graph id of its provisioning policy (the join type comes from it)", "1d164206-bf41-4fd2-8424-a3192d39ffff"),
    column("provisioningPolicyName", ["provisioningPolicyName"], text, "name of its provisioning policy", "HR provisioning policy"),
    column("status", ["status"], text, "Graph cloudPcStatus, e.g. provisioned", "provisioned"),
    column("osVersion", ["osVersion"], text, "Graph osVersion: windows10 or windows11", "windows11"),
    column("productType", ["productType"], text, "Graph productType, e.g. enterprise, frontline, business", "enterprise"),
    column("ssoApplied", ["connectionSetting", "enableSingleSignOn"], flag, "SSO actually applied (Graph connectionSetting.enableSingleSignOn): true or false", "true"),
    column("osEdition", ["sightline", "osEdition"], text, "Windows edition, e.g. enterprise", "enterprise"),
    column("osRelease", ["sightline", "osRelease"], text, "Windows release, e.g. 24H2", "24H2"),
    column("osBuild", ["sightline", "osBuild"], text, "Windows build", "26100.6584"),
    column("installedUpdates", ["sightline", "installedUpdates"], installedUpdates, "cumulative updates installed: KB number and release month, separated by semicolons", "KB5065789 2025-09"),
    column("smartCardDriversInstalled", ["sightline", "smartCardDriversInstalled"], flag, "smart card drivers installed on the Cloud PC: true or false", "false"),
    column("agentPoolId", ["sightline", "agentPoolId"], text, "the Windows 365 for Agents pool the Cloud PC belongs to", ""),
  ],
};

const users: CsvTemplate = {
  collection: "users",
  title: "Users",
  columns: [
    column("id", ["id"], text, "Graph id of the user (the key)", "11111111-1111-1111-1111-111111111111", true),
    column("userPrincipalName", ["userPrincipalName"], text, "user principal name", "alice@contoso.com", true),
    column("displayName", ["displayName"], text, "display name", "Alice Adams"),
    column("mail", ["mail"], text, "mail address", "alice@contoso.com"),
    column("userType", ["userType"], text, "Graph userType: Member or Guest", "Member"),
    column("creationType", ["creationType"], text, "Graph creationType, e.g. Invitation for a B2B guest", ""),
    column("externalUserState", ["externalUserState"], text, "Graph externalUserState: PendingAcceptance or Accepted", ""),
    column("onPremisesSyncEnabled", ["onPremisesSyncEnabled"], flag, "synced from on-premises AD DS: true or false", "true"),
    column("onPremisesImmutableId", ["onPremisesImmutableId"], text, "Graph onPremisesImmutableId", ""),
    column("onPremisesDomainName", ["onPremisesDomainName"], text, "on-premises domain of a synced user", "corp.contoso.com"),
    column("onPremisesSamAccountName", ["onPremisesSamAccountName"], text, "on-premises account name of a synced user", "alice"),
    column("homeCloud", ["sightline", "homeCloud"], oneOf(clouds), `for external identities, the cloud they were invited from: ${clouds.join(", ")}`, ""),
    column("signInMethods", ["sightline", "signInMethods"], listOf(credentialMethods), `credentials the user signs in with, separated by semicolons: ${credentialMethods.join(", ")}`, "password; microsoftAuthenticator"),
    column("inSessionMethods", ["sightline", "inSessionMethods"], listOf(inSessionMethods), `what the user authenticates with inside the session: ${inSessionMethods.join(", ")}`, "webAuthn"),
    column("requiresOnPremisesKerberos", ["sightline", "requiresOnPremisesKerberos"], flag, "needs on-premises resources over Kerberos or NTLM: true or false", "false"),
    column("softwareEntitlements", ["sightline", "softwareEntitlements"], text, "software entitlements recorded for the user's Cloud PC", ""),
    column("identityTypeOverride", ["sightline", "identityTypeOverride"], oneOf(identityTypes), `an admin's override of the derived identity type: ${identityTypes.join(", ")}`, ""),
    column("identityTypeOverrideReason", ["sightline", "identityTypeOverrideReason"], text, "why the identity type is overridden (needed with an override)", ""),
  ],
};

const clients: CsvTemplate = {
  collection: "clients",
  title: "Clients",
  columns: [
    column("id", ["id"], text, "your id for the client device and app (the key)", "alice-laptop-windows-app", true),
    column("userId", ["userId"], text, "Graph id of the user who connects with it (or give userPrincipalName)", "11111111-1111-1111-1111-111111111111"),
    column("userPrincipalName", ["userPrincipalName"], text, "UPN of the user, when userId is blank: it must be a user of the tenant or of this import", ""),
    column("app", ["app"], oneOf(clientApps), `the client app: ${clientApps.join(", ")}`, "windowsAppWindows", true),
    column("deviceName", ["deviceName"], text, "name of the local device", "ALICE-LAPTOP"),
    column("localOs", ["localOs"], text, "local operating system, e.g. Windows 11 24H2", "Windows 11 24H2"),
    column("managed", ["managed"], flag, "the local device is managed (Intune or similar): true or false", "true"),
    column("shared", ["shared"], flag, "the local device is shared by several people: true or false", "false"),
    column("b2bRegistryKeySet", ["b2bRegistryKeySet"], flag, "EnableIdSignInUx is set on the device running Windows App: true or false", ""),
    column("canReachRequiredUrls", ["canReachRequiredUrls"], flag, "the device reaches the URLs Remote Desktop clients need: true or false", "true"),
    column("lineOfSightToDomainController", ["lineOfSightToDomainController"], flag, "line of sight to a domain controller, directly or by VPN: true or false", "true"),
    column("credentialsSaved", ["credentialsSaved"], flag, "Cloud PC credentials are saved in the client: true or false", "false"),
  ],
};

export const csvTemplates: Record<CsvCollection, CsvTemplate> = { cloudPCs: cloudPcs, users, clients };
