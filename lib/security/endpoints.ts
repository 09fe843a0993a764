import fs from "node:fs";
import path from "node:path";

/** A server action or route handler method, found by reading the app/ folder. */
export interface Endpoint {
  kind: "action" | "route";
  /** `app/(app)/findings/actions.ts#acceptRiskAction` or `POST /api/snapshots`. */
  name: string;
  file: string;
  exportName: string;
}

const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

/** The exported names of a module, read from its text (so the test never misses one it cannot import). */
function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:const|function)\s+([A-Za-z0-9_]+)/g)) names.add(m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]+)\}/g)) {
    for (const part of m[1].split(",")) {
      const alias = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (alias) names.add(alias);
    }
  }
  return [...names];
}

/**
 * Every server action (exports of files marked "use server") and every route handler method under
 * app/, except next-auth's own sign-in endpoint, which must stay open to signed-out visitors.
 */
export function listEndpoints(root: string): Endpoint[] {
  const appDir = path.join(root, "app");
  const out: Endpoint[] = [];
  for (const file of walk(appDir)) {
    const rel = path.relative(root, file).split(path.sep).join("/");
    if (!/\.(ts|tsx)$/.test(file) || /\.test\./.test(file)) continue;
    const source = fs.readFileSync(file, "utf8");
    if (/^\s*["']use server["']/.test(source)) {
      for (const name of exportedNames(source)) out.push({ kind: "action", name: `${rel}#${name}`, file: rel, exportName: name });
    } else if (/\/route\.ts$/.test(rel) && !rel.includes("[...nextauth]")) {
      const url = "/" + rel.replace(/^app\//, "").replace(/\/route\.ts$/, "").replace(/\([^)]+\)\//g, "");
      for (const name of exportedNames(source).filter((n) => methods.includes(n))) out.push({ kind: "route", name: `${name} ${url}`, file: rel, exportName: name });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The authorization table of docs/SECURITY.md: `| action or route | permission |` rows between markers. */
export function readAuthorizationTable(markdown: string): Map<string, string> {
  const start = markdown.indexOf("<!-- authorization-table:start -->");
  const end = markdown.indexOf("<!-- authorization-table:end -->");
  const table = new Map<string, string>();
  if (start < 0 || end < 0) return table;
  for (const line of markdown.slice(start, end).split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 4 || cells[1].startsWith("---") || cells[1] === "endpoint") continue;
    table.set(cells[1].replace(/`/g, ""), cells[2].replace(/`/g, ""));
  }
  return table;
}
