/** The demo accounts the seed creates (README lists them for the demo only). */
export const accounts = {
  admin: { email: "admin@sightline.test", password: "Sightline-admin-1" },
  helpdesk: { email: "helpdesk@sightline.test", password: "Sightline-helpdesk-1" },
  viewer: { email: "viewer@sightline.test", password: "Sightline-viewer-1" },
} as const;

export type RoleName = keyof typeof accounts;
export const roleNames = Object.keys(accounts) as RoleName[];

export function storageStateFor(role: RoleName) {
  return `e2e/.auth/${role}.json`;
}
