"use client";

import { useId } from "react";
import type { DiagnosisSubjects } from "@/lib/diagnosis/load-slice";
import { clientAppLabels, cloudPcStatusLabels, graphValueLabel, joinTypeLabels, labelOf } from "@/lib/ui/labels";
import { clientApps } from "@/lib/validations/enums";
import type { DiagnosisClientChoice } from "@/lib/validations/diagnosis";

const selectClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm shadow-sm focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none dark:border-slate-700 dark:bg-slate-950";

/** The client choice as one select value: a recorded client's id, or an app picked on the spot. */
export const clientChoiceValue = (choice: DiagnosisClientChoice | null) => (!choice ? "" : choice.kind === "recorded" ? `recorded:${choice.id}` : `onTheSpot:${choice.app}`);

function parseClientChoice(value: string): DiagnosisClientChoice | null {
  const [kind, ...rest] = value.split(":");
  const id = rest.join(":");
  if (kind === "recorded" && id) return { kind: "recorded", id };
  const app = clientApps.find((candidate) => candidate === id);
  return kind === "onTheSpot" && app ? { kind: "onTheSpot", app } : null;
}

export function CloudPcPicker({ cloudPcs, value, onChange }: { cloudPcs: DiagnosisSubjects["cloudPcs"]; value: string | null; onChange: (id: string) => void }) {
  const id = useId();
  if (cloudPcs.length === 0) {
    return (
      <div>
        <p className="text-sm font-medium text-slate-700 dark:text-slate-200">Cloud PC</p>
        <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">No Cloud PC is assigned to this user in the tenant data.</p>
      </div>
    );
  }
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-200">
        Cloud PC
      </label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(event.target.value)} className={selectClass} disabled={cloudPcs.length === 1}>
        {cloudPcs.map((cloudPc) => (
          <option key={cloudPc.id} value={cloudPc.id}>
            {cloudPc.displayName} · {labelOf(joinTypeLabels, cloudPc.joinType)} · {graphValueLabel(cloudPcStatusLabels, cloudPc.status)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ClientPicker({ clients, value, onChange }: { clients: DiagnosisSubjects["clients"]; value: DiagnosisClientChoice | null; onChange: (choice: DiagnosisClientChoice | null) => void }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700 dark:text-slate-200">
        Client
      </label>
      <select id={id} value={clientChoiceValue(value)} onChange={(event) => onChange(parseClientChoice(event.target.value))} className={selectClass}>
        <option value="">No client (skip the device checks)</option>
        {clients.length > 0 ? (
          <optgroup label="Recorded for this user">
            {clients.map((client) => (
              <option key={client.id} value={`recorded:${client.id}`}>
                {labelOf(clientAppLabels, client.app)} on {client.deviceName ?? "an unnamed device"}
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label="Picked on the spot (facts unknown)">
          {clientApps.map((app) => (
            <option key={app} value={`onTheSpot:${app}`}>
              {labelOf(clientAppLabels, app)}
            </option>
          ))}
        </optgroup>
      </select>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">Try another client to see what would change.</p>
    </div>
  );
}
