import { describe, it, expect } from "vitest";
import { databaseKind, db, transaction } from "@/lib/db";

describe("transaction", () => {
  it("keeps a write made elsewhere in the process out of a transaction that rolls back", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));

    const failing = transaction(async (tx) => {
      await tx.auditEvent.create({ data: { action: "test.inside", summary: "written inside, rolled back" } });
      entered();
      await held;
      throw new Error("roll back");
    });
    await inside;
    // A plain read elsewhere does not see the uncommitted row.
    expect(await db.auditEvent.count({ where: { action: "test.inside" } })).toBe(0);
    // A plain write elsewhere waits for the writer (busy timeout) instead of joining its transaction.
    const outside = db.auditEvent.create({ data: { action: "test.outside", summary: "written outside" } });
    release();
    await expect(failing).rejects.toThrow("roll back");
    await outside;
    expect(await db.auditEvent.count({ where: { action: "test.inside" } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "test.outside" } })).toBe(1);
  });

  it("hands the work a SqlConnection whose statements commit and roll back with the transaction", async () => {
    const insert = `INSERT INTO "AuditEvent" ("id", "action", "summary") VALUES (?, 'test.driver', 'written on the connection')`;
    const failing = transaction(async (tx, sql) => {
      await sql.run(insert, ["driver-1"]);
      // Prisma's side of the same transaction sees the row.
      expect(await tx.auditEvent.count({ where: { action: "test.driver" } })).toBe(1);
      throw new Error("roll back");
    });
    await expect(failing).rejects.toThrow("roll back");
    expect(await db.auditEvent.count({ where: { action: "test.driver" } })).toBe(0);

    await transaction(async (_tx, sql) => {
      await sql.run(insert, ["driver-2"]);
    });
    expect(await db.auditEvent.findMany({ where: { action: "test.driver" }, select: { id: true } })).toEqual([{ id: "driver-2" }]);
  });
});

describe.skipIf(databaseKind !== "sqlite")("write transactions in one process (SQLite)", () => {
  it("wait their turn without blocking the process, and both commit", async () => {
    const order: string[] = [];
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    try {
      const first = transaction(async (tx) => {
        await tx.auditEvent.create({ data: { action: "test.turn", summary: "first" } });
        // Timers must keep firing while the second transaction waits for its turn.
        const before = ticks;
        await new Promise((resolve) => setTimeout(resolve, 300));
        order.push(`first (ticks while held: ${ticks - before > 5 ? "yes" : "no"})`);
      });
      const second = transaction(async (tx) => {
        await tx.auditEvent.create({ data: { action: "test.turn", summary: "second" } });
        order.push("second");
      });
      await Promise.all([first, second]);
    } finally {
      clearInterval(ticker);
    }
    expect(order).toEqual(["first (ticks while held: yes)", "second"]);
    expect(await db.auditEvent.count({ where: { action: "test.turn" } })).toBe(2);
  });
});
