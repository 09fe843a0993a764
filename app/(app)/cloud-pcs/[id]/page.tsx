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
import { getCloudPcDetail } from "@/lib/cloud-pcs/detail";
import { decodeIdParam, detailPath, editPath } from "@/lib/inventory/links";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { clientAppLabels, cloudPcStatusLabels, graphValueLabel, healthCheckStatusLabels, identityTypeLabels, joinTypeLabels, labelOf } from "@/lib/ui/labels";
import { firstValues } from "@/lib/validations/table-params";
import { RunEvaluationControl } from "../../_components/run-evaluation-control";
import { runEvaluationAction } from "../../actions";
import { deleteCloudPcAction } from "../actions";

export const metadata: Metadata = { title: "Cloud PC" };

export default async function CloudPcPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getInventoryContext();
  if (!ctx.canRead) return (<><PageHeader title="Cloud PC" /><Forbidden /></>);
  const detail = await getCloudPcDetail(decodeIdParam((await params).id));
  if (!detail) return <RecordNotFound what="Cloud PC" listHref="/cloud-pcs" listLabel="Cloud PCs" />;
  const { changed } = firstValues(await searchParams);
  const { cloudPc, user, policy, networkConnection, clients, pool } = detail;
  const joinType = detail.joinType ? labelOf(joinTypeLabels, detail.joinType) : "Join type unknown";

  return (
    <>
      <Breadcrumb list="Cloud PCs" href="/cloud-pcs" current={cloudPc.displayName} />
      <PageHeader
        title={cloudPc.displayName}
        description={<span className="[overflow-wrap:anywhere]">{`${joinType} · ${graphValueLabel(cloudPcStatusLabels, cloudPc.status)}${cloudPc.userPrincipalName ? ` · ${cloudPc.userPrincipalName}` : ""}`}</span>}
        actions={
          ctx.canEdit ? (
            <>
              <Link href={editPath("cloudPc", detail.id)} className={buttonClass("primary")}>
                <Pencil className="h-4 w-4" aria-hidden="true" />
                Edit
              </Link>
              <DeleteRecord what="Cloud PC" name={cloudPc.displayName} record={{ id: detail.id, version: detail.version }} remove={deleteCloudPcAction} afterHref="/cloud-pcs?changed=deleted" />
            </>
          ) : null
        }
      />
      <OtherTenantNote show={ctx.tenant?.id !== detail.tenantId} />
      <ChangeNotice
        changed={changed}
        what="Cloud PC"
        evaluate={ctx.canEvaluate ? <RunEvaluationControl tenantId={detail.tenantId} runEvaluation={runEvaluationAction} /> : null}
      />
      <DetailColumns
        main={
          <>
            <EntityFindingsCard
              findings={detail.findings.items}
              total={detail.findings.total}
              entity={{ entityType: "cloudPc", entityId: cloudPc.id }}
              allHref={`/findings?entityType=cloudPc&q=${encodeURIComponent(cloudPc.displayName)}`}
            />
            <Card title="Facts">
              <FactList facts={detail.facts} caption={`Facts of ${cloudPc.displayName}`} />
            </Card>
          </>
        }
        side={
          <Card title="Relations">
            <Relations>
              <RelationGroup
                title="User"
                empty={cloudPc.userPrincipalName ? `${cloudPc.userPrincipalName} is not in the tenant's directory` : "No assigned user (pooled Cloud PC)"}
                items={user ? [{ key: user.id, label: user.displayName ?? user.userPrincipalName, href: detailPath("user", user.id), detail: labelOf(identityTypeLabels, user.identityType) }] : []}
              />
              <RelationGroup
                title="Provisioning policy"
                empty={cloudPc.provisioningPolicyId ? `Policy ${cloudPc.provisioningPolicyId} is not in this tenant's data` : "No provisioning policy recorded"}
                items={
                  policy
                    ? [{ key: policy.id, label: policy.displayName, href: detailPath("provisioningPolicy", policy.id), detail: `${policy.joinType ? labelOf(joinTypeLabels, policy.joinType) : "join type unknown"} · SSO ${policy.enableSingleSignOn === null ? "not recorded" : policy.enableSingleSignOn ? "on" : "off"}` }]
                    : []
                }
              />
              <RelationGroup
                title="Azure network connection"
                empty={policy?.onPremisesConnectionGraphId ? "The policy's network connection is not in this tenant's data" : "None (the policy names no network connection)"}
                items={
                  networkConnection
                    ? [{ key: networkConnection.id, label: networkConnection.displayName, href: detailPath("networkConnection", networkConnection.id), detail: `health check ${graphValueLabel(healthCheckStatusLabels, networkConnection.healthCheckStatus).toLowerCase()}` }]
                    : []
                }
              />
              <RelationGroup
                title="Clients of the user"
                empty={user ? "The user has no clients recorded" : "No user, so no clients"}
                items={clients.map((c) => ({ key: c.id, label: c.deviceName ?? c.externalId, href: detailPath("client", c.id), detail: labelOf(clientAppLabels, c.app) }))}
                more={user && clients.length >= 50 ? { href: `/clients?user=${encodeURIComponent(user.graphId)}`, label: "All of the user's clients" } : undefined}
              />
              <RelationGroup
                title="Agent pool"
                empty="Not in an agent pool"
                items={pool ? [{ key: pool.externalId, label: pool.displayName, href: null, detail: pool.externalId }] : cloudPc.sightline?.agentPoolId ? [{ key: "pool", label: cloudPc.sightline.agentPoolId, href: null, detail: "pool not in this tenant's data" }] : []}
              />
            </Relations>
          </Card>
        }
      />
    </>
  );
}
