/**
 * Bounds on what an import reads, so a hostile or mistaken upload is refused before it can exhaust
 * memory. Graph pages hold at most a few thousand objects, so even a large tenant's export, zipped,
 * fits well within them.
 */
export const importLimits = {
  /** The whole upload as sent (request body, or the files given to the CLI together). */
  maxUploadBytes: 100 * 1024 * 1024,
  /** All files together once zips are expanded: a zip bomb stops here. */
  maxExpandedBytes: 300 * 1024 * 1024,
  /** Files in one import, zip entries included. */
  maxFiles: 500,
  /**
   * How deep a JSON document may nest. A Graph response nests six levels at most; the code that
   * compares and stores values walks them recursively, so a hostile file must stop well before the stack.
   */
  maxJsonDepth: 64,
  /** How many problems are listed before the rest are only counted. */
  maxIssues: 50,
} as const;

export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
