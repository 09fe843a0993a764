import fs from "node:fs";
import path from "node:path";
import { postgresSchemaFrom, postgresSchemaPath, sqliteSchemaPath } from "./postgres-schema";

const root = path.resolve(import.meta.dirname, "../..");
const schema = postgresSchemaFrom(fs.readFileSync(path.join(root, sqliteSchemaPath), "utf8"));
fs.mkdirSync(path.dirname(path.join(root, postgresSchemaPath)), { recursive: true });
fs.writeFileSync(path.join(root, postgresSchemaPath), schema);
console.log(`Wrote ${postgresSchemaPath}`);
