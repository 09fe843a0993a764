import type { SqlConnection } from "@/lib/db";
import { deleteRows, insertRows, type TenantTable } from "./bulk-sql";
import { stableStringify } from "./json-columns";

/**
 * Child rows that have no source id of their own (health checks) or only make sense as an ordered list
 * (session events) are saved as a whole list per parent: when any child differs, the parent counts as
 * updated and its list is rewritten.
 */
export class ChildLists<Child extends object> {
  private readonly storedSignatures = new Map<string, string>();

  constructor(
    /** The stored children by parent row id, each list in position order, without the parent column. */
    stored: ReadonlyMap<string, readonly Child[]>,
    /** The snapshot's children by parent source id. */
    private readonly incoming: ReadonlyMap<string, readonly Child[]>,
  ) {
    for (const [parentId, children] of stored) this.storedSignatures.set(parentId, stableStringify(children));
  }

  private incomingSignature(parentKey: string): string {
    return stableStringify(this.incoming.get(parentKey) ?? []);
  }

  /** For `syncRows`: whether a stored parent's children differ from the snapshot's. */
  readonly changed = (parentKey: string, parentId: string): boolean =>
    this.incomingSignature(parentKey) !== (this.storedSignatures.get(parentId) ?? stableStringify([]));

  /** Rewrites the lists of updated parents whose children changed, and writes those of new parents. */
  async write(
    sql: SqlConnection,
    table: TenantTable,
    parentColumn: string,
    parents: { updated: readonly { id: string; key: string }[]; created: ReadonlyMap<string, string> },
  ): Promise<void> {
    const rewritten = parents.updated.filter((parent) => this.changed(parent.key, parent.id));
    await deleteRows(sql, table, rewritten.map((parent) => parent.id), parentColumn);
    const targets: [string, string][] = [...rewritten.map((parent): [string, string] => [parent.key, parent.id]), ...parents.created];
    const rows = targets.flatMap(([key, parentId]) => (this.incoming.get(key) ?? []).map((child) => ({ ...child, [parentColumn]: parentId })));
    await insertRows(sql, table, rows, {});
  }
}

/** Groups stored child rows (already in position order) by parent row id, dropping the parent column. */
export function groupByParent<Row extends object, Column extends keyof Row & string>(rows: readonly Row[], parentColumn: Column): Map<string, Omit<Row, Column>[]> {
  const byParent = new Map<string, Omit<Row, Column>[]>();
  for (const row of rows) {
    const { [parentColumn]: parentId, ...child } = row;
    const list = byParent.get(String(parentId));
    if (list) list.push(child);
    else byParent.set(String(parentId), [child]);
  }
  return byParent;
}
