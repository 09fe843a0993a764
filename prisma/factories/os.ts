import type { z } from "zod";
import type { InstalledUpdate } from "../../lib/validations/snapshot";

/**
 * Windows releases the demo's Cloud PCs run, with their monthly cumulative updates. 25H2 is an
 * enablement package on the 24H2 servicing branch, so the two share KBs (and build suffixes).
 * KB5065789 is the 2025-09 update the external identity requirement names (seed 003).
 */

type Update = z.infer<typeof InstalledUpdate> & { revision: number };

const branch24H2: Update[] = [
  { month: "2025-07", kb: "KB5062553", revision: 4652 },
  { month: "2025-08", kb: "KB5063878", revision: 4946 },
  { month: "2025-09", kb: "KB5065789", revision: 6725 },
  { month: "2025-10", kb: "KB5066835", revision: 6899 },
  { month: "2025-11", kb: "KB5068861", revision: 7171 },
];
const branch23H2: Update[] = [
  { month: "2025-07", kb: "KB5062552", revision: 5624 },
  { month: "2025-08", kb: "KB5063875", revision: 5768 },
  { month: "2025-09", kb: "KB5065431", revision: 5909 },
  { month: "2025-10", kb: "KB5066793", revision: 6060 },
  { month: "2025-11", kb: "KB5068865", revision: 6199 },
];
const branch22H2: Update[] = [
  { month: "2025-07", kb: "KB5062554", revision: 6093 },
  { month: "2025-08", kb: "KB5063709", revision: 6216 },
  { month: "2025-09", kb: "KB5065429", revision: 6332 },
  { month: "2025-10", kb: "KB5066791", revision: 6456 },
  { month: "2025-11", kb: "KB5068781", revision: 6575 },
];

export interface OsProfile {
  osVersion: "windows10" | "windows11";
  osRelease: string;
  baseBuild: number;
  imageDisplayName: string;
  /** Gallery image id, `{publisher}_{offer}_{sku}` (graph.md 2.1). */
  imageId: string;
  updates: Update[];
}

export const osProfiles = {
  "win10-22H2": {
    osVersion: "windows10",
    osRelease: "22H2",
    baseBuild: 19045,
    imageDisplayName: "Windows 10 Enterprise + Microsoft 365 Apps 22H2",
    imageId: "microsoftwindowsdesktop_windows-ent-cpc_win10-22h2-ent-cpc-m365",
    updates: branch22H2,
  },
  "win11-23H2": {
    osVersion: "windows11",
    osRelease: "23H2",
    baseBuild: 22631,
    imageDisplayName: "Windows 11 Enterprise + Microsoft 365 Apps 23H2",
    imageId: "microsoftwindowsdesktop_windows-ent-cpc_win11-23h2-ent-cpc-m365",
    updates: branch23H2,
  },
  "win11-24H2": {
    osVersion: "windows11",
    osRelease: "24H2",
    baseBuild: 26100,
    imageDisplayName: "Windows 11 Enterprise + Microsoft 365 Apps 24H2",
    imageId: "microsoftwindowsdesktop_windows-ent-cpc_win11-24h2-ent-cpc-m365",
    updates: branch24H2,
  },
  "win11-25H2": {
    osVersion: "windows11",
    osRelease: "25H2",
    baseBuild: 26200,
    imageDisplayName: "Windows 11 Enterprise + Microsoft 365 Apps 25H2",
    imageId: "microsoftwindowsdesktop_windows-ent-cpc_win11-25h2-ent-cpc-m365",
    updates: branch24H2,
  },
} satisfies Record<string, OsProfile>;

export type OsKey = keyof typeof osProfiles;

/** Patch levels a Cloud PC can be at: the month of its newest cumulative update. */
export type PatchMonth = "2025-07" | "2025-08" | "2025-09" | "2025-10" | "2025-11";

export interface OsState {
  osVersion: string;
  osBuild: string;
  osRelease: string;
  installedUpdates: z.infer<typeof InstalledUpdate>[];
}

// The benchmark builds 100k Cloud PCs over a handful of (release, month) pairs: share the results.
// They are read-only by contract; a test that needs to change one builds its own.
const stateCache = new Map<string, OsState>();

/**
 * OS facts of a Cloud PC on `os` patched through `patchedThrough`: the last three cumulative updates
 * up to that month (what `Get-HotFix` shows on a monthly-patched machine) and the matching build.
 */
export function osState(os: OsKey, patchedThrough: PatchMonth): OsState {
  const cacheKey = `${os}/${patchedThrough}`;
  const cached = stateCache.get(cacheKey);
  if (cached) return cached;
  const profile: OsProfile = osProfiles[os];
  const upTo = profile.updates.filter((update) => update.month <= patchedThrough);
  const newest = upTo[upTo.length - 1];
  const state: OsState = {
    osVersion: profile.osVersion,
    osRelease: profile.osRelease,
    osBuild: `10.0.${profile.baseBuild}.${newest.revision}`,
    installedUpdates: upTo.slice(-3).map(({ kb, month }) => ({ kb, month })),
  };
  stateCache.set(cacheKey, state);
  return state;
}
