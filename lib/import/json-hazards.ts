import { jsonPath } from "@/lib/snapshot/parse";

/** Something in a parsed JSON value that Sightline refuses, at its JSON path. */
export interface JsonHazard {
  path: string;
  message: string;
}

interface Node {
  value: unknown;
  depth: number;
  parent: Node | null;
  key: string | number;
}

/**
 * Finds what the rest of Sightline must not meet in a parsed JSON value: nesting deeper than
 * `maxDepth` (the code that compares and stores values recurses, and would run out of stack) and a
 * property named `__proto__` (JSON.parse makes it an ordinary property, but copying it onto another
 * object sets that object's prototype, so its contents would turn up as properties). Walked with a
 * stack of its own, so the walk itself cannot overflow.
 */
export function jsonHazard(value: unknown, maxDepth: number): JsonHazard | null {
  const pending: Node[] = [{ value, depth: 0, parent: null, key: "" }];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (typeof node.value !== "object" || node.value === null) continue;
    if (node.depth >= maxDepth) return { path: pathOf(node), message: `the document nests deeper than ${maxDepth} levels` };
    if (Array.isArray(node.value)) {
      node.value.forEach((item, i) => pending.push({ value: item, depth: node.depth + 1, parent: node, key: i }));
      continue;
    }
    for (const key of Object.keys(node.value)) {
      const child: Node = { value: (node.value as Record<string, unknown>)[key], depth: node.depth + 1, parent: node, key };
      if (key === "__proto__") return { path: pathOf(child), message: "a property named __proto__ is not accepted" };
      pending.push(child);
    }
  }
  return null;
}

function pathOf(node: Node): string {
  const segments: (string | number)[] = [];
  for (let at: Node | null = node; at?.parent; at = at.parent) segments.unshift(at.key);
  return jsonPath(segments);
}
