import { describe, it, expect } from "vitest";
import { parseList, roleFromEntraClaims } from "./entra-roles";

const mapping = { admin: ["Sightline.Admin", "0f1e-admins"], helpdesk: ["Sightline.Helpdesk"], viewer: ["Sightline.Viewer"] };

describe("Entra ID role mapping", () => {
  it("takes the highest role among app roles and groups", () => {
    expect(roleFromEntraClaims({ roles: ["Sightline.Viewer", "sightline.helpdesk"] }, mapping)).toBe("helpdesk");
    expect(roleFromEntraClaims({ roles: ["Sightline.Viewer"], groups: ["0F1E-ADMINS"] }, mapping)).toBe("admin");
  });
  it("refuses a token that carries none of the mapped roles or groups", () => {
    expect(roleFromEntraClaims({ roles: ["Other.App"] }, mapping)).toBeNull();
    expect(roleFromEntraClaims({}, mapping)).toBeNull();
    expect(roleFromEntraClaims({ roles: "Sightline.Admin" }, mapping)).toBeNull();
  });
  it("reads comma-separated lists from configuration", () => {
    expect(parseList(" a, b ,,c", [])).toEqual(["a", "b", "c"]);
    expect(parseList(undefined, ["x"])).toEqual(["x"]);
  });
});
