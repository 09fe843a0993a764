/**
 * Preloaded (`node --require`) into a process the crash-recovery tests kill. It watches every SQL
 * statement the process runs through better-sqlite3 and, after the Nth statement that writes to a given
 * table inside an open transaction, tells the parent on stdout and freezes the process where it stands,
 * so the parent's SIGKILL lands at a known point of the write. The app's code is not changed for it.
 *
 *   CRASH_TEST_FREEZE_AT=<Table>:<n>   freeze after the nth write to <Table> inside a transaction
 *   CRASH_TEST_COUNT_WRITES=1          print, at exit, how many such writes each table received
 */
const fs = require("node:fs");
const Database = require("better-sqlite3");

const [freezeTable, freezeAfter] = (process.env.CRASH_TEST_FREEZE_AT ?? ":").split(":");
const counts = new Map();
// `UPDATE "Tenant" SET "id" = "id" WHERE 0` only takes the write lock (lib/db): it writes nothing.
const writeTo = /^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+(?:[`"]main[`"]\.)?[`"]?(\w+)[`"]?/i;

function watch(statement) {
  if (!statement.database.inTransaction) return;
  const match = writeTo.exec(statement.source);
  if (!match || /\bWHERE\s+0\s*$/i.test(statement.source)) return;
  const table = match[1];
  const n = (counts.get(table) ?? 0) + 1;
  counts.set(table, n);
  if (table === freezeTable && n === Number(freezeAfter)) {
    fs.writeSync(1, `@@frozen ${table}:${n}\n`);
    // Blocks the thread (and so the transaction) until the parent kills the process.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
  }
}

const probe = new Database(":memory:");
const Statement = Object.getPrototypeOf(probe.prepare("SELECT 1"));
probe.close();
for (const method of ["run", "all", "get", "iterate"]) {
  const original = Statement[method];
  Statement[method] = function (...args) {
    const result = original.apply(this, args);
    watch(this);
    return result;
  };
}

if (process.env.CRASH_TEST_COUNT_WRITES === "1") {
  process.on("exit", () => fs.writeSync(1, `@@writes ${JSON.stringify(Object.fromEntries(counts))}\n`));
}
