import type { Metadata } from "next";
import Link from "next/link";
import { Pencil } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/ui/states";
import { buttonClass } from "@/components/ui/button";
import { ChangeNotice } from "@/components/inventory/change-notice";
import { Breadcrumb, DetailColumns, OtherTenantNote } from "@/components/inventory/detail-layout";
import { EntityFindingsCard } from "@/components/inventory/entity-findings";
import { FactList } from "@/components/inventory/fact-list";
import { RecordNotFound } from "@/components/inventory/not-found";
import { RelationGroup, Relations } from "@/components/inventory/relations";
import { decodeIdParam, detailPath, editPath } from "@/lib/inventory/links";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { getProvisioningPolicyDetail } from "@/lib/provisioning-policies/detail";
import { graphValueLabel, healthCheckStatusLabels, joinTypeLabels, labelOf } from "@/lib/ui/labels";
import { firstValues } from "@/lib/validations/table-params";
import { RunEvaluationControl } from "../../_components/run-evaluation-control";
import { runEvaluationAction } from "../../actions";

export const metadata: Metadata = { title: "Provisioning policy" };

export default async function ProvisioningPolicyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getInventoryContext();
  if (!ctx.canRead) return (<><PageHeader title="Provisioning policy" /><Forbidden /></>);
  const detail = await getProvisioningPolicyDetail(decodeIdParam((await params).id));
  if (!detail) return <RecordNotFound what="Provisioning policy" listHref="/provisioning-policies" listLabel="provisioning policies" />;
  const { changed } = firstValues(await searchParams);
  const { policy, networkConnection, cloudPcs, groups } = detail;
  const sso = policy.enableSingleSignOn === true ? "SSO on" : policy.enableSingleSignOn === false ? "SSO off" : "SSO not recorded";

  return (
    <>
      <Breadcrumb list="Provisioning policies" href="/provisioning-policies" current={policy.displayName} />
      <PageHeader
        title={policy.displayName}
        description={`${detail.joinType ? labelOf(joinTypeLabels, detail.joinType) : "Join type unknown"} · ${sso} · ${detail.cloudPcCount} Cloud PC${detail.cloudPcCount === 1 ? "" : "s"}`}
        actions={
          ctx.canEdit ? (
            <Link href={editPath("provisioningPolicy", detail.id)} className={buttonClass("primary")}>
              <Pencil className="h-4 w-4" aria-hidden="true" />
              Edit SSO and join
            </Link>
          ) : null
        }
      />
      <OtherTenantNote show={ctx.tenant?.id !== detail.tenantId} />
      <ChangeNotice changed={changed} what="provisioning policy" evaluate={ctx.canEvaluate ? <RunEvaluationControl tenantId={detail.tenantId} runEvaluation={runEvaluationAction} /> : null} />
      <DetailColumns
        main={
          <>
            <EntityFindingsCard
              findings={detail.findings.items}
              total={detail.findings.total}
              entity={{ entityType: "provisioningPolicy", entityId: policy.id }}
              allHref={`/findings?entityType=provisioningPolicy&q=${encodeURIComponent(policy.displayName)}`}
            />
            <Card title="Facts">
              <FactList facts={detail.facts} caption={`Facts of ${policy.displayName}`} />
            </Card>
          </>
        }
        side={
          <Card title="Relations">
            <Relations>
              <RelationGroup
                title="Azure network connection"
                empty={detail.networkConnectionId ? `Connection ${detail.networkConnectionId} is not in this tenant's data` : "None"}
                items={
                  networkConnection
                    ? [{ key: networkConnection.id, label: networkConnection.displayName, href: detailPath("networkConnection", networkConnection.id), detail: `health check ${graphValueLabel(healthCheckStatusLabels, networkConnection.healthCheckStatus).toLowerCase()}` }]
                    : []
                }
              />
              <RelationGroup
                title={`Cloud PCs (${detail.cloudPcCount})`}
                empty="No Cloud PC uses this policy"
                items={cloudPcs.map((c) => ({ key: c.id, label: c.displayName, href: detailPath("cloudPc", c.id), detail: c.userPrincipalName ?? "pooled" }))}
                more={detail.cloudPcCount > cloudPcs.length ? { href: `/cloud-pcs?policy=${encodeURIComponent(policy.id)}`, label: `All ${detail.cloudPcCount} Cloud PCs` } : undefined}
              />
              <RelationGroup
                title="Assigned groups"
                empty={policy.assignments ? "Not assigned to a group" : "Assignments not recorded"}
                items={groups.map((g) => ({ key: g.id, label: g.name ?? g.id, href: null, detail: g.name ? undefined : "not in this tenant's data" }))}
              />
            </Relations>
          </Card>
        }
      />
    </>
  );
}
