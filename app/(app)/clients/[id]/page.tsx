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
import { getClientDetail } from "@/lib/clients/detail";
import { decodeIdParam, detailPath, editPath } from "@/lib/inventory/links";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { clientAppLabels, identityTypeLabels, joinTypeLabels, labelOf } from "@/lib/ui/labels";
import { firstValues } from "@/lib/validations/table-params";
import { RunEvaluationControl } from "../../_components/run-evaluation-control";
import { runEvaluationAction } from "../../actions";
import { deleteClientAction } from "../actions";

export const metadata: Metadata = { title: "Client" };

export default async function ClientPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getInventoryContext();
  if (!ctx.canRead) return (<><PageHeader title="Client" /><Forbidden /></>);
  const detail = await getClientDetail(decodeIdParam((await params).id));
  if (!detail) return <RecordNotFound what="Client" listHref="/clients" listLabel="clients" />;
  const { changed } = firstValues(await searchParams);
  const { client, user, cloudPcs, policies, networkConnections } = detail;
  const name = client.deviceName ?? client.id;

  return (
    <>
      <Breadcrumb list="Clients" href="/clients" current={name} />
      <PageHeader
        title={name}
        description={<span className="[overflow-wrap:anywhere]">{`${labelOf(clientAppLabels, client.app)}${client.localOs ? ` on ${client.localOs}` : ""} · ${user?.userPrincipalName ?? client.userId}`}</span>}
        actions={
          ctx.canEdit ? (
            <>
              <Link href={editPath("client", detail.id)} className={buttonClass("primary")}>
                <Pencil className="h-4 w-4" aria-hidden="true" />
                Edit
              </Link>
              <DeleteRecord what="client" name={name} record={{ id: detail.id, version: detail.version }} remove={deleteClientAction} afterHref="/clients?changed=deleted" />
            </>
          ) : null
        }
      />
      <OtherTenantNote show={ctx.tenant?.id !== detail.tenantId} />
      <ChangeNotice changed={changed} what="client" evaluate={ctx.canEvaluate ? <RunEvaluationControl tenantId={detail.tenantId} runEvaluation={runEvaluationAction} /> : null} />
      <DetailColumns
        main={
          <>
            <EntityFindingsCard
              findings={detail.findings.items}
              total={detail.findings.total}
              entity={{ entityType: "client", entityId: client.id }}
              allHref={`/findings?entityType=client&q=${encodeURIComponent(name)}`}
            />
            <Card title="Facts">
              <FactList facts={detail.facts} caption={`Facts of ${name}`} />
            </Card>
          </>
        }
        side={
          <Card title="Relations">
            <Relations>
              <RelationGroup
                title="User"
                empty={`User ${client.userId} is not in the tenant's directory`}
                items={user ? [{ key: user.id, label: user.displayName ?? user.userPrincipalName, href: detailPath("user", user.id), detail: labelOf(identityTypeLabels, user.identityType) }] : []}
              />
              <RelationGroup
                title="Cloud PCs it connects to"
                empty={user ? "The user has no Cloud PC" : "No user, so no Cloud PCs"}
                items={cloudPcs.map((c) => ({ key: c.id, label: c.displayName, href: detailPath("cloudPc", c.id), detail: c.joinType ? labelOf(joinTypeLabels, c.joinType) : "join type unknown" }))}
              />
              <RelationGroup
                title="Provisioning policies"
                empty="None"
                items={policies.map((p) => ({ key: p.id, label: p.displayName, href: detailPath("provisioningPolicy", p.id) }))}
              />
              <RelationGroup
                title="Azure network connections"
                empty="None"
                items={networkConnections.map((n) => ({ key: n.id, label: n.displayName, href: detailPath("networkConnection", n.id) }))}
              />
            </Relations>
          </Card>
        }
      />
    </>
  );
}
