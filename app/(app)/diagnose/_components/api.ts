import type { DiagnosisHistoryItem } from "@/lib/diagnosis/queries";
import type { DiagnosisSubjects } from "@/lib/diagnosis/load-slice";
import type { DiagnosisReport } from "@/lib/diagnosis/types";
import type { UserMatch } from "@/lib/users/queries";
import type { DiagnosisInput } from "@/lib/validations/diagnosis";

/** The diagnosis page's requests to its route handlers. An error carries the server's message when there is one. */

export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function json<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  const body = (await response.json().catch(() => null)) as { message?: string } | null;
  throw new RequestError(body?.message ?? `The request failed (${response.status}).`, response.status);
}

const query = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)])).toString();

export async function fetchUserMatches(tenantId: string, q: string, signal?: AbortSignal): Promise<UserMatch[]> {
  const response = await fetch(`/api/users/search?${query({ tenantId, q, take: 8 })}`, { signal, cache: "no-store" });
  return (await json<{ items: UserMatch[] }>(response)).items;
}

export async function fetchSubjects(tenantId: string, userId: string): Promise<DiagnosisSubjects> {
  return json(await fetch(`/api/diagnosis/subjects?${query({ tenantId, userId })}`, { cache: "no-store" }));
}

export async function postDiagnosis(input: DiagnosisInput): Promise<DiagnosisReport> {
  return json(await fetch("/api/diagnosis", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }));
}

export async function fetchHistory(tenantId: string, userId: string): Promise<{ items: DiagnosisHistoryItem[]; total: number }> {
  return json(await fetch(`/api/diagnosis/history?${query({ tenantId, userId })}`, { cache: "no-store" }));
}

export const csvExportUrl = (tenantId: string, recordId: string, redact: boolean) =>
  `/api/diagnosis/${encodeURIComponent(recordId)}/export?${query({ tenantId, redact: redact ? 1 : 0 })}`;
