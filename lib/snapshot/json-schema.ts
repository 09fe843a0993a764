import { z } from "zod";
import { TenantSnapshot } from "../validations/snapshot";

/**
 * The JSON Schema of the snapshot document, generated from the zod schema so the two cannot
 * drift (a test compares it with the committed docs/snapshot.schema.json). It describes the
 * input side: sections with defaults may be left out of a file.
 */
export function snapshotJsonSchema() {
  const { $schema, ...schema } = z.toJSONSchema(TenantSnapshot, { io: "input" });
  return {
    $schema,
    title: "Sightline tenant snapshot",
    description: "One Windows 365 tenant as the Sightline rule engine reads it. See docs/snapshot-format.md.",
    ...schema,
  };
}

export const renderSnapshotJsonSchema = () => `${JSON.stringify(snapshotJsonSchema(), null, 2)}\n`;
