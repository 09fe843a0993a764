import type { Metadata } from "next";
import { Pagination } from "@/components/table/pagination";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/states";
import { getFindingsSource } from "@/lib/agents/evaluation-status";
import { loadAgentNames } from "@/lib/agents/names";
import { listPools } from "@/lib/agents/pools";
import { getSessionFilterOptions, listAgentSessions } from "@/lib/agents/sessions";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { AgentSessionListParams } from "@/lib/validations/agent-sessions";
import { firstValues } from "@/lib/validations/table-params";
import { runEvaluationAction } from "../actions";
import { AgentEventImport } from "./_components/agent-event-import";
import { ExportLinks } from "./_components/export-links";
import { FindingsSourceNotice } from "./_components/findings-source-notice";
import { PoolCards } from "./_components/pool-cards";
import { SessionFilters } from "./_components/session-filters";
import { SessionTable } from "./_components/session-table";

export const metadata: Metadata = { title: "Agents" };

const description =
  "Windows 365 for Agents: each task gets a Cloud PC from a pool, with tokens bound to that device, continuous verification, and a reset before reuse. The pools, the sessions and the agent rules' violations.";

export default async function AgentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer.role, "tenant:read")) {
    return (
      <>
        <PageHeader title="Agents" description={description} />
        <Forbidden />
      </>
    );
  }
  const { selected } = await getSelectedTenant();
  if (!selected) {
    return (
      <>
        <PageHeader title="Agents" description={description} />
        <EmptyState title="No tenant yet">An admin adds a tenant by importing a Microsoft Graph export or a tenant snapshot.</EmptyState>
      </>
    );
  }
  const raw = firstValues(await searchParams);
  const params = AgentSessionListParams.parse(raw);
  const [source, pools, options, { items, total }, names] = await Promise.all([
    getFindingsSource(selected.id),
    listPools(selected.id),
    getSessionFilterOptions(selected.id),
    listAgentSessions(selected.id, params),
    loadAgentNames(selected.id, { cloudPcIds: [params.cloudPc ?? null] }),
  ]);
  const { page: _page, ...keep } = raw;
  const filtered = Object.keys(keep).some((key) => key !== "pageSize" && key !== "sort");
  const canImport = can(viewer.role, "import");

  return (
    <>
      <PageHeader title="Agents" description={description} actions={can(viewer.role, "export") ? <ExportLinks params={raw} /> : null} />
      <FindingsSourceNotice tenantId={selected.id} source={source} canEvaluate={can(viewer.role, "evaluation:run")} />
      <div className="grid grid-cols-1 gap-8 [&>*]:min-w-0">
        <section aria-labelledby="pools-heading">
          <h2 id="pools-heading" className="mb-3 text-lg font-semibold">
            Pools
          </h2>
          {pools.length === 0 ? <EmptyState title="No agent pools">Import an agent session event log with pool lines, or a tenant snapshot with agent pools.</EmptyState> : <PoolCards pools={pools} />}
        </section>

        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading" className="mb-3 text-lg font-semibold">
            Sessions
          </h2>
          <SessionFilters params={params} options={options} cloudPcName={params.cloudPc ? names.cloudPc(params.cloudPc) : null} />
          {items.length === 0 ? (
            <EmptyState title={filtered ? "No sessions match" : "No agent sessions yet"}>
              {filtered ? "Change or clear the filters." : canImport ? "Import an agent session event log below." : "An admin imports agent session event logs."}
            </EmptyState>
          ) : (
            <>
              <SessionTable items={items} evaluated={source.run !== null} />
              <Pagination basePath="/agents" params={keep} page={params.page} pageSize={params.pageSize} total={total} />
            </>
          )}
        </section>

        {canImport ? (
          <Card title="Import agent session events">
            <AgentEventImport tenantId={selected.id} tenantName={selected.displayName} runEvaluation={can(viewer.role, "evaluation:run") ? runEvaluationAction : null} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
