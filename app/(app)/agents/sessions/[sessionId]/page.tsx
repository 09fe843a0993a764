import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/states";
import { getFindingsSource } from "@/lib/agents/evaluation-status";
import { getSessionTimeline } from "@/lib/agents/timeline";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { formatDateTime } from "@/lib/ui/format";
import { FindingsSourceNotice } from "../../_components/findings-source-notice";
import { routeParam } from "../../_components/route-param";
import { CloudPcBefore, SessionFacts } from "./_components/session-facts";
import { TimelineList } from "./_components/timeline-list";
import { SessionWideViolations } from "./_components/session-wide";
import { TimelineStrip } from "./_components/timeline-strip";
import { VerdictSummary } from "./_components/verdict-summary";

export const metadata: Metadata = { title: "Agent session" };

const back = (
  <Link href="/agents" className="text-sm text-brand-700 hover:underline dark:text-brand-100">
    ← All agent sessions
  </Link>
);

export default async function AgentSessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer.role, "tenant:read")) return <Forbidden />;
  const { sessionId } = await params;
  const { selected } = await getSelectedTenant();
  const [timeline, source] = selected ? await Promise.all([getSessionTimeline(selected.id, routeParam(sessionId)), getFindingsSource(selected.id)]) : [null, null];
  if (!selected || !timeline || !source) {
    return (
      <>
        <PageHeader title="Agent session" actions={back} />
        <EmptyState title="No such agent session">{selected ? `${selected.displayName} holds no agent session with this id.` : "There is no tenant yet."}</EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={`${timeline.agentName} · ${formatDateTime(timeline.startedAt)}`}
        description={<>Agent session <span className="font-mono">{timeline.sessionId}</span> in {timeline.poolName}</>}
        actions={back}
      />
      <FindingsSourceNotice tenantId={selected.id} source={source} canEvaluate={can(viewer.role, "evaluation:run")} />
      <div className="grid grid-cols-1 items-start gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <Card title="Timeline" className="min-w-0">
          {timeline.events.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">This session has no recorded events.</p>
          ) : (
            <>
              <SessionWideViolations timeline={timeline} />
              <TimelineStrip timeline={timeline} />
              <TimelineList timeline={timeline} />
            </>
          )}
        </Card>
        <div className="grid min-w-0 gap-6">
          {source.run ? (
            <Card title="Agent rule verdicts">
              <VerdictSummary timeline={timeline} />
            </Card>
          ) : null}
          <Card title="Session">
            <SessionFacts timeline={timeline} />
          </Card>
          <Card title="The Cloud PC before this session">
            <CloudPcBefore timeline={timeline} />
          </Card>
        </div>
      </div>
    </>
  );
}
