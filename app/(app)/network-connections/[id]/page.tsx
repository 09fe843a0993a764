import type { Metadata } from "next";
import Link from "next/link";
import { Pencil } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/ui/states";
import { buttonClass } from "@/components/ui/button";
import { ChangeNotice } from "@/components/inventory/change-notice";
import { DeleteRecord } from "@/components/inventory/delete-record";
import { Breadcrumb, DetailColumns, OtherTenantNote } from "@/components/inventory/detail-layout";
import { EntityFindingsCard } from "@/components/inventory/entity-findings";
import { FactList } from "@/components/inventory/fact-list";
import { RecordNotFound } from "@/components/inventory/not-found";
import { RelationGroup, Relations } from "@/components/inventory/relations";
import { decodeIdParam, detailPath, editPath } from "@/lib/inventory/links";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { getNetworkConnectionDetail } from "@/lib/network-connections/detail";
import { graphValueLabel, healthCheckStatusLabels, joinTypeLabels, labelOf } from "@/lib/ui/labels";
import { firstValues } from "@/lib/validations/table-params";
import { RunEvaluationControl } from "../../_components/run-evaluation-control";
import { runEvaluationAction } from "../../actions";
import { deleteNetworkConnectionAction } from "../actions";
import { HealthChecks } from "../_components/health-checks";

export const metadata: Metadata = { title: "Network connection" };

export default async function NetworkConnectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getInventoryContext();
  if (!ctx.canRead) return (<><PageHeader title="Network connection" /><Forbidden /></>);
  const detail = await getNetworkConnectionDetail(decodeIdParam((await params).id));
  if (!detail) return <RecordNotFound what="Network connection" listHref="/network-connections" listLabel="network connections" />;
  const { changed } = firstValues(await searchParams);
  const { connection, policies } = detail;

  return (
    <>
      <Breadcrumb list="Network connections" href="/network-connections" current={connection.displayName} />
      <PageHeader
        title={connection.displayName}
        description={`${connection.adDomainName ?? "No AD domain recorded"} · health check ${graphValueLabel(healthCheckStatusLabels, connection.healthCheckStatus).toLowerCase()}`}
        actions={
          ctx.canEdit ? (
            <>
              <Link href={editPath("networkConnection", detail.id)} className={buttonClass("primary")}>
                <Pencil className="h-4 w-4" aria-hidden="true" />
                Edit
              </Link>
              <DeleteRecord
                what="network connection"
                name={connection.displayName}
                record={{ id: detail.id, version: detail.version }}
                remove={deleteNetworkConnectionAction}
                afterHref="/network-connections?changed=deleted"
              />
            </>
          ) : null
        }
      />
      <OtherTenantNote show={ctx.tenant?.id !== detail.tenantId} />
      <ChangeNotice changed={changed} what="network connection" evaluate={ctx.canEvaluate ? <RunEvaluationControl tenantId={detail.tenantId} runEvaluation={runEvaluationAction} /> : null} />
      <DetailColumns
        main={
          <>
            <EntityFindingsCard
              findings={detail.findings.items}
              total={detail.findings.total}
              entity={{ entityType: "networkConnection", entityId: connection.id }}
              allHref={`/findings?entityType=provisioningPolicy`}
            />
            <Card title="Last health check run">
              <HealthChecks checks={detail.checks} recorded={connection.healthCheckStatusDetail !== undefined} />
            </Card>
            <Card title="Facts">
              <FactList facts={detail.facts} caption={`Facts of ${connection.displayName}`} />
            </Card>
          </>
        }
        side={
          <Card title="Relations">
            <Relations>
              <RelationGroup
                title="Provisioning policies using it"
                empty="No provisioning policy uses this connection"
                items={policies.map((p) => ({
                  key: p.id,
                  label: p.displayName,
                  href: detailPath("provisioningPolicy", p.id),
                  detail: `${p.joinType ? labelOf(joinTypeLabels, p.joinType) : "join type unknown"} · ${p.cloudPcCount} Cloud PC${p.cloudPcCount === 1 ? "" : "s"}`,
                }))}
              />
              <RelationGroup
                title="Cloud PCs"
                empty="None"
                items={policies
                  .filter((p) => p.cloudPcCount > 0)
                  .map((p) => ({ key: p.graphId, label: `${p.cloudPcCount} on ${p.displayName}`, href: `/cloud-pcs?policy=${encodeURIComponent(p.graphId)}` }))}
              />
            </Relations>
          </Card>
        }
      />
    </>
  );
}
