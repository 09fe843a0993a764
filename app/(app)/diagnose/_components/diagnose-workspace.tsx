"use client";

import { useEffect, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Loader2, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DiagnosisHistoryList } from "@/components/diagnosis/diagnosis-history-list";
import { getQuestion, type QuestionScope } from "@/lib/diagnosis/questions";
import type { DiagnosisReport } from "@/lib/diagnosis/types";
import { identityTypeLabels, labelOf } from "@/lib/ui/labels";
import { diagnosisKeys } from "@/lib/ui/query-keys";
import type { UserMatch } from "@/lib/users/queries";
import type { DiagnosisClientChoice, DiagnosisInput, SymptomId } from "@/lib/validations/diagnosis";
import { fetchHistory, fetchSubjects, postDiagnosis } from "./api";
import { FurtherProblems } from "./further-problems";
import { PhaseWalk } from "./phase-walk";
import { QuestionList } from "./question-list";
import { ClientPicker, CloudPcPicker } from "./subject-pickers";
import { SymptomPicker } from "./symptom-picker";
import { TicketExport } from "./ticket-export";
import { UserSearch } from "./user-search";
import { VerdictPanel } from "./verdict-panel";

interface Props {
  tenant: { id: string; displayName: string };
  initialUser: UserMatch | null;
  initialSymptom: SymptomId | null;
}

/** Answers about a client or a Cloud PC mean nothing once another one is picked. */
const dropScope = (answers: Record<string, string>, scopes: QuestionScope[]) =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !scopes.includes(getQuestion(id)?.scope ?? "tenant")));

/**
 * The help-desk diagnosis: pick the user, their Cloud PC and client, and the symptom; the answer comes
 * back from the server and every change (an answer, another client, another symptom) asks again without
 * a page load. Each distinct question is cached by its whole input, so going back to an earlier "what
 * if" is instant and is not diagnosed twice.
 */
export function DiagnoseWorkspace({ tenant, initialUser, initialSymptom }: Props) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<UserMatch | null>(initialUser);
  const [cloudPcId, setCloudPcId] = useState<string | null>(null);
  // undefined: not picked yet, so the user's first recorded client is used.
  const [client, setClient] = useState<DiagnosisClientChoice | null | undefined>(undefined);
  const [symptom, setSymptom] = useState<SymptomId | null>(initialSymptom);
  const [answers, setAnswers] = useState<Record<string, string>>({});

  const subjects = useQuery({
    queryKey: diagnosisKeys.subjects(tenant.id, user?.id ?? ""),
    queryFn: () => fetchSubjects(tenant.id, user!.id),
    enabled: user !== null,
  });
  const chosenCloudPc = cloudPcId ?? subjects.data?.cloudPcs[0]?.id ?? null;
  const firstClient = subjects.data?.clients[0];
  const chosenClient: DiagnosisClientChoice | null = client !== undefined ? client : firstClient ? { kind: "recorded", id: firstClient.id } : null;

  const input: DiagnosisInput | null =
    user && subjects.data && symptom ? { tenantId: tenant.id, userId: user.id, cloudPcId: chosenCloudPc, client: chosenClient, symptom, answers } : null;
  const diagnosis = useQuery({
    queryKey: diagnosisKeys.run(tenant.id, input ?? {}),
    queryFn: () => postDiagnosis(input!),
    enabled: input !== null,
    // A diagnosis is saved to the history: one request per distinct question, never a background refetch.
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    retry: false,
    // While a "what if" is on its way, keep showing the same user's last answer rather than a blank.
    placeholderData: (previous: DiagnosisReport | undefined) => (previous && previous.diagnosis.subject.user.id === user?.id ? previous : undefined),
  });

  const history = useQuery({
    queryKey: diagnosisKeys.history(tenant.id, user?.id ?? ""),
    queryFn: () => fetchHistory(tenant.id, user!.id),
    enabled: user !== null,
  });
  const recordId = diagnosis.isPlaceholderData ? null : (diagnosis.data?.recordId ?? null);
  useEffect(() => {
    if (recordId && user) void queryClient.invalidateQueries({ queryKey: diagnosisKeys.history(tenant.id, user.id) });
  }, [recordId, user, tenant.id, queryClient]);

  // The URL names the user and the symptom, so a reload or a shared link opens the same diagnosis.
  useEffect(() => {
    const url = new URL(window.location.href);
    for (const [key, value] of [["user", user?.id], ["symptom", symptom]] as const) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    window.history.replaceState(window.history.state, "", url);
  }, [user, symptom]);

  function chooseUser(next: UserMatch | null) {
    setUser(next);
    setCloudPcId(null);
    setClient(undefined);
    setAnswers({});
  }

  const report = diagnosis.data;
  const updating = diagnosis.isFetching && diagnosis.isPlaceholderData;

  return (
    // On a wide screen the pickers and the history share the left column; on a narrow one the answer
    // comes straight after the pickers and the history goes last.
    <div className="grid grid-cols-1 items-start gap-6 xl:grid-cols-[24rem_minmax(0,1fr)] xl:grid-rows-[auto_1fr]">
      <div className="min-w-0 xl:col-start-1 xl:row-start-1">
        <Card>
          <div className="space-y-5">
            <UserSearchSlot tenantId={tenant.id} user={user} onSelect={chooseUser} />
            {user ? (
              subjects.isError ? (
                <p role="alert" className="text-sm text-red-700 dark:text-red-300">
                  {subjects.error.message}
                </p>
              ) : !subjects.data ? (
                <p className="text-sm text-slate-500 dark:text-slate-400">Loading the user&apos;s Cloud PCs and clients…</p>
              ) : (
                <>
                  <CloudPcPicker
                    cloudPcs={subjects.data.cloudPcs}
                    value={chosenCloudPc}
                    onChange={(id) => {
                      setCloudPcId(id);
                      setAnswers((current) => dropScope(current, ["cloudPc"]));
                    }}
                  />
                  <ClientPicker
                    clients={subjects.data.clients}
                    value={chosenClient}
                    onChange={(choice) => {
                      setClient(choice);
                      setAnswers((current) => dropScope(current, ["client"]));
                    }}
                  />
                </>
              )
            ) : null}
            <SymptomPicker value={symptom} onChange={setSymptom} />
          </div>
        </Card>
      </div>

      <div className="min-w-0 space-y-6 xl:col-start-2 xl:row-span-2 xl:row-start-1" aria-busy={diagnosis.isFetching}>
        {!user ? (
          <Prompt title="Find the user named in the ticket">Type part of their name or UPN, then pick the symptom the ticket describes.</Prompt>
        ) : !symptom ? (
          <Prompt title="Pick the symptom">The symptom decides which checks can be the cause; the answer appears as soon as you pick it.</Prompt>
        ) : diagnosis.isError ? (
          <div role="alert" className="rounded-xl border border-red-300 bg-red-50 p-5 text-sm text-red-800 dark:border-red-500/40 dark:bg-red-500/10 dark:text-red-200">
            <p className="font-medium">The diagnosis could not be run.</p>
            <p className="mt-1">{diagnosis.error.message}</p>
            <Button type="button" variant="secondary" className="mt-3" onClick={() => void diagnosis.refetch()}>
              Try again
            </Button>
          </div>
        ) : !report ? (
          <div role="status" className="flex items-center gap-2 rounded-xl border border-slate-200 bg-white p-5 text-sm text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
            <Loader2 className="h-4 w-4 animate-spin" aria-hidden="true" />
            Diagnosing…
          </div>
        ) : (
          <>
            <p role="status" aria-live="polite" className="flex min-h-5 items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
              {updating ? (
                <>
                  <Loader2 className="h-3.5 w-3.5 animate-spin" aria-hidden="true" />
                  Updating the verdict…
                </>
              ) : (
                `Diagnosed ${report.diagnosis.subject.user.displayName ?? report.diagnosis.subject.user.userPrincipalName} on ${tenant.displayName}'s data.`
              )}
            </p>
            <div className={updating ? "opacity-60 transition-opacity" : "transition-opacity"}>
              <div className="space-y-6">
                <VerdictPanel diagnosis={report.diagnosis} />
                <QuestionList
                  questions={report.diagnosis.questions}
                  onAnswer={(id, value) =>
                    setAnswers((current) => {
                      const next = { ...current };
                      if (value === null) delete next[id];
                      else next[id] = value;
                      return next;
                    })
                  }
                />
                <TicketExport report={report} busy={updating} />
                <FurtherProblems diagnosis={report.diagnosis} />
                <PhaseWalk diagnosis={report.diagnosis} />
              </div>
            </div>
          </>
        )}
      </div>

      {user ? (
        <div className="min-w-0 xl:col-start-1 xl:row-start-2">
          <Card title="Earlier diagnoses of this user">
            {history.data ? (
              <DiagnosisHistoryList items={history.data.items} total={history.data.total} />
            ) : history.isError ? (
              <p className="text-sm text-red-700 dark:text-red-300">The history could not be loaded.</p>
            ) : (
              <p className="text-sm text-slate-500 dark:text-slate-400">Loading…</p>
            )}
          </Card>
        </div>
      ) : null}
    </div>
  );
}

function UserSearchSlot({ tenantId, user, onSelect }: { tenantId: string; user: UserMatch | null; onSelect: (user: UserMatch | null) => void }) {
  return (
    <div className="space-y-3">
      <UserSearch tenantId={tenantId} selected={user} onSelect={onSelect} />
      {user ? (
        <div className="flex items-start justify-between gap-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
          <div className="min-w-0">
            <p className="font-medium text-slate-900 dark:text-slate-50">{user.displayName || user.userPrincipalName}</p>
            <p className="truncate text-xs text-slate-500 dark:text-slate-400" title={user.userPrincipalName}>
              {user.userPrincipalName}
            </p>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">{labelOf(identityTypeLabels, user.identityType)} identity</p>
          </div>
          <button type="button" onClick={() => onSelect(null)} aria-label="Clear the user" className="rounded p-1 text-slate-500 hover:bg-slate-200 dark:text-slate-400 dark:hover:bg-slate-700">
            <X className="h-4 w-4" aria-hidden="true" />
          </button>
        </div>
      ) : null}
    </div>
  );
}

function Prompt({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center rounded-xl border border-dashed border-slate-300 bg-white px-6 py-16 text-center dark:border-slate-700 dark:bg-slate-900">
      <h2 className="text-base font-semibold">{title}</h2>
      <p className="mt-1 max-w-md text-sm text-slate-600 dark:text-slate-400">{children}</p>
    </div>
  );
}
