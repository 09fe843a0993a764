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
import { clientAppLabels, cloudPcStatusLabels, graphValueLabel, identityTypeLabels, joinTypeLabels, labelOf } from "@/lib/ui/labels";
import { getUserDetail } from "@/lib/users/detail";
import { firstValues } from "@/lib/validations/table-params";
import { RunEvaluationControl } from "../../_components/run-evaluation-control";
import { runEvaluationAction } from "../../actions";
import { deleteUserAction } from "../actions";
import { IdentityCard } from "../_components/identity-card";
import { DiagnosisHistory } from "@/components/diagnosis/diagnosis-history";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await getInventoryContext();
  if (!ctx.canRead) return (<><PageHeader title="User" /><Forbidden /></>);
  const detail = await getUserDetail(decodeIdParam((await params).id));
  if (!detail) return <RecordNotFound what="User" listHref="/users" listLabel="users" />;
  const { changed } = firstValues(await searchParams);
  const { user, cloudPcs, policies, networkConnections, clients, groups } = detail;
  const name = user.displayName ?? user.userPrincipalName;
  const more = (count: number, href: string, label: string) => (count >= detail.relationLimit ? { href, label } : undefined);

  return (
    <>
      <Breadcrumb list="Users" href="/users" current={name} />
      <PageHeader
        title={name}
        description={<span className="[overflow-wrap:anywhere]">{`${user.userPrincipalName} · ${labelOf(identityTypeLabels, detail.identity.identityType)} identity`}</span>}
        actions={
          ctx.canEdit ? (
            <>
              <Link href={editPath("user", detail.id)} className={buttonClass("primary")}>
                <Pencil className="h-4 w-4" aria-hidden="true" />
                Edit
              </Link>
              <DeleteRecord what="user" name={user.userPrincipalName} record={{ id: detail.id, version: detail.version }} remove={deleteUserAction} afterHref="/users?changed=deleted" />
            </>
          ) : null
        }
      />
      <OtherTenantNote show={ctx.tenant?.id !== detail.tenantId} />
      <ChangeNotice changed={changed} what="user" evaluate={ctx.canEvaluate ? <RunEvaluationControl tenantId={detail.tenantId} runEvaluation={runEvaluationAction} /> : null} />
      <DetailColumns
        main={
          <>
            <EntityFindingsCard
              findings={detail.findings.items}
              total={detail.findings.total}
              entity={{ entityType: "user", entityId: user.id }}
              allHref={`/findings?q=${encodeURIComponent(name)}`}
            />
            <Card title="Facts">
              <FactList facts={detail.facts} caption={`Facts of ${name}`} />
            </Card>
            <DiagnosisHistory tenantId={detail.tenantId} userId={user.id} canDiagnose={can(ctx.viewer.role, "diagnosis:run")} />
          </>
        }
        side={
          <>
            <IdentityCard detail={detail} />
            <Card title="Relations">
              <Relations>
                <RelationGroup
                  title="Cloud PCs"
                  empty="No Cloud PC is assigned to this user principal name"
                  items={cloudPcs.map((c) => ({
                    key: c.id,
                    label: c.displayName,
                    href: detailPath("cloudPc", c.id),
                    detail: `${c.joinType ? labelOf(joinTypeLabels, c.joinType) : "join type unknown"} · ${graphValueLabel(cloudPcStatusLabels, c.status)}`,
                  }))}
                  more={more(cloudPcs.length, `/cloud-pcs?q=${encodeURIComponent(user.userPrincipalName)}`, "All of the user's Cloud PCs")}
                />
                <RelationGroup
                  title="Provisioning policies"
                  empty="None (no Cloud PC with a known policy)"
                  items={policies.map((p) => ({ key: p.id, label: p.displayName, href: detailPath("provisioningPolicy", p.id), detail: p.joinType ? labelOf(joinTypeLabels, p.joinType) : "join type unknown" }))}
                />
                <RelationGroup
                  title="Azure network connections"
                  empty="None (no hybrid-joined policy with a connection)"
                  items={networkConnections.map((n) => ({ key: n.id, label: n.displayName, href: detailPath("networkConnection", n.id) }))}
                />
                <RelationGroup
                  title="Clients"
                  empty="No client recorded for this user"
                  items={clients.map((c) => ({ key: c.id, label: c.deviceName ?? c.externalId, href: detailPath("client", c.id), detail: labelOf(clientAppLabels, c.app) }))}
                  more={more(clients.length, `/clients?user=${encodeURIComponent(user.id)}`, "All of the user's clients")}
                />
                <RelationGroup
                  title="Groups"
                  empty={user.memberOf ? "Not a member of any group" : "Group membership not recorded"}
                  items={groups.map((g) => ({ key: g.id, label: g.name ?? g.id, href: null, detail: g.name ? undefined : "not in this tenant's data" }))}
                />
              </Relations>
            </Card>
          </>
        }
      />
    </>
  );
}
