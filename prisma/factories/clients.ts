import type { ClientApp } from "../../lib/validations/enums";
import type { Client, GraphUser } from "../../lib/validations/snapshot";
import { tagFromId } from "./ids";
import { entityId, type TenantContext } from "./tenant";

/** What each app usually runs on, so a client needs only its app to read plausibly. */
const defaultLocalOs: Record<ClientApp, string> = {
  windowsAppWindows: "Windows 11 Enterprise 24H2",
  windowsAppWeb: "Windows 11 Pro 24H2 (Microsoft Edge)",
  windowsAppMac: "macOS 15 Sequoia",
  windowsAppIos: "iPadOS 18",
  windowsAppAndroid: "Android 15",
  remoteDesktopWindows: "Windows 10 Enterprise 22H2",
};

const devicePrefix: Record<ClientApp, string> = {
  windowsAppWindows: "LT",
  windowsAppWeb: "PC",
  windowsAppMac: "MBP",
  windowsAppIos: "IPAD",
  windowsAppAndroid: "AND",
  remoteDesktopWindows: "WS",
};

export interface ClientInput {
  /** Id seed; defaults to "<user id>/<app>". */
  key?: string;
  user: Pick<GraphUser, "id" | "userPrincipalName">;
  app: ClientApp;
  deviceName?: string;
  localOs?: string | null;
  /** Corporate-managed (Intune-enrolled) device; defaults to true. */
  managed?: boolean | null;
  shared?: boolean | null;
  b2bRegistryKeySet?: boolean | null;
  canReachRequiredUrls?: boolean | null;
  lineOfSightToDomainController?: boolean | null;
  credentialsSaved?: boolean | null;
}

/** How one person connects: a device and app, with the facts the sign-in rules read. */
export function makeClient(ctx: TenantContext, input: ClientInput): Client {
  const id = entityId(ctx, "client", input.key ?? `${input.user.id}/${input.app}`);
  const owner = input.user.userPrincipalName.split(/[@_]/)[0].replace(/[^a-zA-Z]/g, "").slice(0, 6).toUpperCase();
  return {
    id,
    userId: input.user.id,
    app: input.app,
    deviceName: input.deviceName ?? `${devicePrefix[input.app]}-${owner}-${tagFromId(id, 3)}`,
    localOs: input.localOs === undefined ? defaultLocalOs[input.app] : input.localOs,
    managed: input.managed === undefined ? true : input.managed,
    shared: input.shared === undefined ? false : input.shared,
    b2bRegistryKeySet: input.b2bRegistryKeySet ?? null,
    canReachRequiredUrls: input.canReachRequiredUrls === undefined ? true : input.canReachRequiredUrls,
    lineOfSightToDomainController: input.lineOfSightToDomainController ?? null,
    credentialsSaved: input.credentialsSaved === undefined ? false : input.credentialsSaved,
  };
}
