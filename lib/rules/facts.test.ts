import { describe, expect, it } from "vitest";
import { cloudPcAppIds } from "../validations/enums";
import { GraphConditionalAccessPolicy, GraphProvisioningPolicy } from "../validations/snapshot";
import { caAppliesToUser, coversCloudPcApps, monthAtLeast, osReleaseAtLeast, parseLocalOs, policyJoinType, requiresMfa } from "./facts";

const ca = (over: object) => GraphConditionalAccessPolicy.parse({ id: "ca", displayName: "CA", state: "enabled", ...over });

describe("OS release and month comparison", () => {
  it("compares feature releases: 24H2 >= 24H2, 25H2 >= 24H2, 23H2 < 24H2, and the old 2004 form", () => {
    expect(osReleaseAtLeast("24H2", "24H2")).toBe(true);
    expect(osReleaseAtLeast("25h2", "24H2")).toBe(true);
    expect(osReleaseAtLeast("23H2", "24H2")).toBe(false);
    expect(osReleaseAtLeast("2004", "20H2")).toBe(false);
    expect(osReleaseAtLeast("21H1", "20H2")).toBe(true);
  });

  it("returns null for text that is not a release", () => {
    expect(osReleaseAtLeast("latest", "24H2")).toBeNull();
    expect(osReleaseAtLeast(null, "24H2")).toBeNull();
  });

  it("compares YYYY-MM months", () => {
    expect(monthAtLeast("2025-09", "2025-09")).toBe(true);
    expect(monthAtLeast("2026-01", "2025-09")).toBe(true);
    expect(monthAtLeast("2025-08", "2025-09")).toBe(false);
  });

  it("reads a client's local OS", () => {
    expect(parseLocalOs("Windows 11 Enterprise 24H2")).toEqual({ family: "windows", windowsVersion: 11, release: "24H2" });
    expect(parseLocalOs("Windows 10 1909")).toEqual({ family: "windows", windowsVersion: 10, release: "1909" });
    expect(parseLocalOs("macOS 15.1").family).toBe("other");
  });
});

describe("join type of a policy", () => {
  it("reads domainJoinType of the first configuration, or the deprecated type", () => {
    const modern = GraphProvisioningPolicy.parse({ id: "p", displayName: "P", domainJoinConfigurations: [{ domainJoinType: "azureADJoin" }, { domainJoinType: "hybridAzureADJoin" }] });
    const legacy = GraphProvisioningPolicy.parse({ id: "p", displayName: "P", domainJoinConfigurations: [{ type: "hybridAzureADJoin" }] });
    expect(policyJoinType(modern)).toBe("azureADJoin");
    expect(policyJoinType(legacy)).toBe("hybridAzureADJoin");
    expect(policyJoinType(GraphProvisioningPolicy.parse({ id: "p", displayName: "P" }))).toBeNull();
  });
});

describe("Conditional Access terms", () => {
  const apps = (includeApplications: string[], excludeApplications: string[] = []) => ({ conditions: { applications: { includeApplications, excludeApplications } } });

  it("covers the Cloud PC apps with All, or with both Windows 365 and Azure Virtual Desktop, unless one is excluded", () => {
    expect(coversCloudPcApps(ca(apps(["All"])))).toBe(true);
    expect(coversCloudPcApps(ca(apps([cloudPcAppIds.windows365, cloudPcAppIds.azureVirtualDesktop])))).toBe(true);
    expect(coversCloudPcApps(ca(apps([cloudPcAppIds.windows365])))).toBe(false);
    expect(coversCloudPcApps(ca(apps(["All"], [cloudPcAppIds.windows365])))).toBe(false);
  });

  it("requires MFA through the mfa control or an authentication strength", () => {
    expect(requiresMfa(ca({ grantControls: { builtInControls: ["mfa"] } }))).toBe(true);
    expect(requiresMfa(ca({ grantControls: { authenticationStrength: { id: "x" } } }))).toBe(true);
    expect(requiresMfa(ca({ grantControls: { builtInControls: ["compliantDevice"] } }))).toBe(false);
  });

  it("applies to a user through All, GuestsOrExternalUsers (guests only), the id or a group, and an exclusion wins", () => {
    const user = { id: "u1", memberOf: ["g1"] };
    const users = (u: object) => ca({ conditions: { users: u } });
    expect(caAppliesToUser(users({ includeUsers: ["All"] }), user, false)).toBe(true);
    expect(caAppliesToUser(users({ includeUsers: ["GuestsOrExternalUsers"] }), user, false)).toBe(false);
    expect(caAppliesToUser(users({ includeUsers: ["GuestsOrExternalUsers"] }), user, true)).toBe(true);
    expect(caAppliesToUser(users({ includeGroups: ["g1"] }), user, false)).toBe(true);
    expect(caAppliesToUser(users({ includeUsers: ["All"], excludeGroups: ["g1"] }), user, false)).toBe(false);
  });
});
