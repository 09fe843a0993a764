import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { RecordConflict } from "@/lib/inventory/write";
import { adminActor, seedContoso } from "@/lib/inventory/test-fixtures";
import { CreateNetworkConnectionInput, UpdateNetworkConnectionInput } from "@/lib/validations/network-connection";
import { getNetworkConnectionEditor } from "./detail";
import { createNetworkConnection, deleteNetworkConnection, updateNetworkConnection } from "./mutations";

let tenantId: string;

beforeAll(async () => {
  tenantId = await seedContoso("Contoso (network edits)");
});

describe("network connection edits", () => {
  it("saves the connection's own facts and leaves its health checks as they were", async () => {
    const connection = await db.networkConnection.findFirstOrThrow({ where: { tenantId, healthChecks: { some: {} } }, include: { healthChecks: true } });
    const editor = await getNetworkConnectionEditor(connection.id);
    const unchanged = UpdateNetworkConnectionInput.parse({ ...editor!.values, id: connection.id, version: String(connection.version) });
    expect((await updateNetworkConnection(unchanged, adminActor)).changed).toEqual([]);

    await updateNetworkConnection({ ...unchanged, adDomainName: "changed.contoso.com" }, adminActor);
    const saved = await db.networkConnection.findUniqueOrThrow({ where: { id: connection.id }, include: { healthChecks: true } });
    expect(saved).toMatchObject({ adDomainName: "changed.contoso.com", hasHealthCheckDetail: connection.hasHealthCheckDetail, healthCheckStartAt: connection.healthCheckStartAt, version: connection.version + 1 });
    expect(saved.healthChecks.map((c) => c.id).sort()).toEqual(connection.healthChecks.map((c) => c.id).sort());
    await expect(updateNetworkConnection(unchanged, adminActor)).rejects.toBeInstanceOf(RecordConflict);
  });

  it("refuses to delete a connection a policy uses, and deletes an unused one with its audit event", async () => {
    const used = await db.provisioningPolicy.findFirstOrThrow({ where: { tenantId, onPremisesConnectionGraphId: { not: null } } });
    const connection = await db.networkConnection.findFirstOrThrow({ where: { tenantId, graphId: used.onPremisesConnectionGraphId! } });
    const refused = await deleteNetworkConnection({ id: connection.id, version: connection.version }, adminActor).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).message).toContain(used.displayName);

    const { id } = await createNetworkConnection(tenantId, CreateNetworkConnectionInput.parse({ displayName: "Spare", adDomainName: "corp.contoso.com" }), adminActor);
    await deleteNetworkConnection({ id, version: 1 }, adminActor);
    expect(await db.networkConnection.findUnique({ where: { id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: id } })).toBe(2);
  });
});
