import { buildContosoSnapshot, buildFabrikamSnapshot } from "@/prisma/demo";
import { demoNow } from "@/prisma/factories/clock";
import type { DiagnosisAnswers, DiagnosisClientChoice, SymptomId } from "@/lib/validations/diagnosis";
import type { ClientApp } from "@/lib/validations/enums";
import { TenantSnapshot } from "@/lib/validations/snapshot";
import { diagnose } from "./diagnose";
import { sliceSnapshot } from "./slice";

/** Fixtures the diagnosis tests share: the demo tenants' people, found by name, diagnosed with `demoNow`. */

export type DemoTenantName = "Contoso" | "Fabrikam";

/** A fresh, parsed demo snapshot: callers may change it. */
export function demoSnapshot(tenant: DemoTenantName): TenantSnapshot {
  return TenantSnapshot.parse(tenant === "Contoso" ? buildContosoSnapshot() : buildFabrikamSnapshot());
}

export function findPerson(snapshot: TenantSnapshot, namePrefix: string) {
  const matches = snapshot.users.filter((user) => (user.displayName ?? "").startsWith(namePrefix));
  if (matches.length !== 1) throw new Error(`${matches.length} people named ${namePrefix}* in ${snapshot.tenant.displayName}`);
  const user = matches[0];
  const upn = user.userPrincipalName.toLowerCase();
  return {
    user,
    cloudPcs: snapshot.cloudPCs.filter((cloudPc) => cloudPc.userPrincipalName?.toLowerCase() === upn),
    clients: snapshot.clients.filter((client) => client.userId === user.id),
  };
}

export interface DemoCase {
  tenant: DemoTenantName;
  person: string;
  symptom: SymptomId;
  /** The recorded client with this app (the person's first client when absent), or an app picked on the spot. */
  clientApp?: ClientApp;
  /** The recorded client whose device name starts with this (when a person has two of the same app). */
  clientDevice?: string;
  onTheSpot?: ClientApp;
  /** A change to the demo snapshot before the diagnosis (the smallest that isolates one cause). */
  tweak?: (snapshot: TenantSnapshot) => void;
  answers?: DiagnosisAnswers;
}

/** Diagnoses one demo person as the page would: their first Cloud PC, the chosen client, the symptom. */
export function diagnoseDemo(spec: DemoCase) {
  const snapshot = demoSnapshot(spec.tenant);
  spec.tweak?.(snapshot);
  const { user, cloudPcs, clients } = findPerson(snapshot, spec.person);
  const cloudPc = [...cloudPcs].sort((a, b) => a.displayName.localeCompare(b.displayName))[0] ?? null;
  const recorded = spec.onTheSpot
    ? undefined
    : clients.find((client) => (!spec.clientApp || client.app === spec.clientApp) && (!spec.clientDevice || (client.deviceName ?? "").startsWith(spec.clientDevice)));
  if ((spec.clientApp || spec.clientDevice) && !recorded) throw new Error(`${spec.person} has no client ${spec.clientApp ?? ""} ${spec.clientDevice ?? ""}`);
  const client: DiagnosisClientChoice | null = spec.onTheSpot
    ? { kind: "onTheSpot", app: spec.onTheSpot }
    : recorded
      ? { kind: "recorded", id: recorded.id }
      : null;
  const slice = sliceSnapshot(snapshot, { userId: user.id, cloudPcId: cloudPc?.id ?? null, clientId: recorded?.id ?? null });
  return diagnose(slice, { userId: user.id, symptom: spec.symptom, client, answers: spec.answers ?? {}, now: demoNow });
}
