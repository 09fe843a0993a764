import { upnDomain } from "../rules";
import { cloudLabels } from "../ui/labels";
import { cloudPcAppIds, clouds } from "../validations/enums";
import type { RemoteDesktopSecurityConfiguration, TenantSnapshot } from "../validations/snapshot";
import { isYes, sliceUser, yesNo, type QuestionDefinition } from "./question-types";

/** Questions about the user's account and the tenant-wide sign-in settings. */

const userName = (user: { displayName?: string | null; userPrincipalName: string }) => user.displayName || user.userPrincipalName;

const ssoServicePrincipals = [
  { appId: cloudPcAppIds.microsoftRemoteDesktop, name: "Microsoft Remote Desktop" },
  { appId: cloudPcAppIds.windowsCloudLogin, name: "Windows Cloud Login" },
];

function remoteDesktopConfiguration(slice: TenantSnapshot, appId: string): RemoteDesktopSecurityConfiguration | undefined {
  return slice.remoteDesktopSecurityConfigurations.find((configuration) => configuration.servicePrincipalAppId.toLowerCase() === appId);
}

/** The SSO service principals whose Entra authentication for RDP is not recorded (absent, or its flag null). */
const unrecordedRdpAuthentication = (slice: TenantSnapshot) =>
  ssoServicePrincipals.filter((app) => remoteDesktopConfiguration(slice, app.appId)?.isRemoteDesktopProtocolEnabled == null);

const unrecordedTargetGroups = (slice: TenantSnapshot) => slice.remoteDesktopSecurityConfigurations.filter((configuration) => configuration.targetDeviceGroups == null);

const spNames = (names: string[]) => (names.length === 1 ? `the ${names[0]} service principal` : `the ${names.join(" and ")} service principals`);

export const tenantQuestions: QuestionDefinition[] = [
  {
    id: "user.homeCloud",
    scope: "user",
    audience: "user",
    rules: ["EXT-009"],
    options: clouds.map((value) => ({ value, label: cloudLabels[value] })),
    ask: (slice) => {
      const user = sliceUser(slice);
      return user ? `Which cloud is the home organisation of ${userName(user)} in (the organisation that issued the guest's account)?` : null;
    },
    open: (slice) => sliceUser(slice)?.sightline?.homeCloud == null,
    apply: (slice, value) => {
      const user = sliceUser(slice);
      if (user) user.sightline = { ...user.sightline, homeCloud: value as (typeof clouds)[number] };
    },
  },
  {
    id: "user.requiresOnPremisesKerberos",
    scope: "user",
    audience: "user",
    rules: ["EXT-011"],
    options: yesNo,
    ask: (slice) => {
      const user = sliceUser(slice);
      return user ? `Does ${userName(user)} need on-premises resources that use Kerberos or NTLM, such as file shares or intranet sites?` : null;
    },
    open: (slice) => sliceUser(slice)?.sightline?.requiresOnPremisesKerberos == null,
    apply: (slice, value) => {
      const user = sliceUser(slice);
      if (user) user.sightline = { ...user.sightline, requiresOnPremisesKerberos: isYes(value) };
    },
  },
  {
    id: "user.domainFederated",
    scope: "user",
    audience: "admin",
    rules: ["FED-001"],
    options: yesNo,
    ask: (slice) => {
      const user = sliceUser(slice);
      return user ? `Is ${upnDomain(user.userPrincipalName)}, the domain of ${user.userPrincipalName}, federated with Entra ID (authentication type Federated)?` : null;
    },
    open: (slice) => {
      const user = sliceUser(slice);
      if (!user) return false;
      const domain = upnDomain(user.userPrincipalName);
      return !slice.domains.some((candidate) => candidate.id.toLowerCase() === domain);
    },
    apply: (slice, value) => {
      const user = sliceUser(slice);
      if (!user) return;
      const domain = upnDomain(user.userPrincipalName);
      slice.domains = [...slice.domains.filter((candidate) => candidate.id.toLowerCase() !== domain), { id: domain, authenticationType: isYes(value) ? "Federated" : "Managed" }];
    },
  },
  {
    id: "tenant.rdpAuthentication",
    scope: "tenant",
    audience: "admin",
    rules: ["SSO-002"],
    options: yesNo,
    ask: (slice) => {
      const unrecorded = unrecordedRdpAuthentication(slice);
      const names = (unrecorded.length > 0 ? unrecorded : ssoServicePrincipals).map((app) => app.name);
      return `Is Microsoft Entra authentication for RDP enabled on ${spNames(names)}?`;
    },
    open: (slice) => unrecordedRdpAuthentication(slice).length > 0,
    apply: (slice, value) => {
      for (const app of unrecordedRdpAuthentication(slice)) {
        const configuration = remoteDesktopConfiguration(slice, app.appId);
        if (configuration) configuration.isRemoteDesktopProtocolEnabled = isYes(value);
        else slice.remoteDesktopSecurityConfigurations.push({ servicePrincipalAppId: app.appId, servicePrincipalName: app.name, isRemoteDesktopProtocolEnabled: isYes(value) });
      }
    },
  },
  {
    id: "tenant.targetDeviceGroups",
    scope: "tenant",
    audience: "admin",
    rules: ["SSO-003"],
    options: yesNo,
    ask: (slice) => {
      const unrecorded = unrecordedTargetGroups(slice);
      const names = unrecorded.map((configuration) => configuration.servicePrincipalName || configuration.servicePrincipalAppId);
      return names.length > 0 ? `Is a device group holding the Cloud PCs set as a target device group on ${spNames(names)}?` : "Is a device group holding the Cloud PCs set as a target device group on the single sign-on service principals?";
    },
    open: (slice) => unrecordedTargetGroups(slice).length > 0,
    apply: (slice, value) => {
      for (const configuration of unrecordedTargetGroups(slice)) {
        configuration.targetDeviceGroups = isYes(value) ? [{ id: "reported-by-admin", displayName: "A device group (reported by the admin)" }] : [];
      }
    },
  },
  {
    id: "tenant.smartCardRedirectionAllowed",
    scope: "tenant",
    audience: "admin",
    rules: ["INS-004"],
    options: yesNo,
    ask: () => "Do the Cloud PCs' RDP device redirection settings allow smart cards?",
    open: (slice) => slice.tenantSettings?.smartCardRedirectionAllowed == null,
    apply: (slice, value) => {
      slice.tenantSettings = { ...slice.tenantSettings, smartCardRedirectionAllowed: isYes(value) };
    },
  },
];
