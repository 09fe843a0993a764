import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoTenants } from "@/prisma/seed-demo";
import { searchUsers } from "./queries";

let contoso = "";
let fabrikam = "";

beforeAll(async () => {
  const seeded = Object.fromEntries((await seedDemoTenants()).map((tenant) => [tenant.name, tenant.tenantId]));
  contoso = seeded.Contoso;
  fabrikam = seeded.Fabrikam;
}, 60_000);

describe("searchUsers", () => {
  it("finds users by display name or UPN, ignoring case, names that start with the text first", async () => {
    const byName = await searchUsers(contoso, "grace", 10);
    expect(byName.map((user) => user.displayName)).toEqual(["Grace Taylor (guest, no SSO)"]);
    expect(byName[0]).toMatchObject({ identityType: "external" });
    expect(byName[0].userPrincipalName).toContain("#EXT#");

    const byUpn = await searchUsers(contoso, "SOFIA.MARIN_", 10);
    expect(byUpn.map((user) => user.displayName)).toEqual(["Sofia Marin (guest, no B2B registry key)"]);

    // Names and UPNs that start with "al" (Alex, Allan...) come before those that only contain it.
    const mixed = await searchUsers(contoso, "al", 50);
    const firstContains = mixed.findIndex((user) => !(user.displayName ?? "").toLowerCase().startsWith("al") && !user.userPrincipalName.toLowerCase().startsWith("al"));
    const lastPrefix = mixed.map((user) => (user.displayName ?? "").toLowerCase().startsWith("al") || user.userPrincipalName.toLowerCase().startsWith("al")).lastIndexOf(true);
    expect(lastPrefix).toBeGreaterThanOrEqual(0);
    expect(firstContains).toBeGreaterThan(lastPrefix);
  });

  it("stays in its tenant, returns at most `take`, and matches no one for empty text", async () => {
    expect(await searchUsers(fabrikam, "grace", 10)).toEqual([]);
    expect(await searchUsers(contoso, "a", 5)).toHaveLength(5);
    expect(await searchUsers(contoso, "   ", 10)).toEqual([]);
  });
});
