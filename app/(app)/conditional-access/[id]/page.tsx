import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/ui/states";
import { Breadcrumb, DetailColumns, OtherTenantNote } from "@/components/inventory/detail-layout";
import { EntityFindingsCard } from "@/components/inventory/entity-findings";
import { FactList } from "@/components/inventory/fact-list";
import { RecordNotFound } from "@/components/inventory/not-found";
import { RelationGroup, Relations } from "@/components/inventory/relations";
import { getConditionalAccessDetail } from "@/lib/conditional-access/detail";
import { decodeIdParam, detailPath } from "@/lib/inventory/links";
import { getInventoryContext } from "@/lib/inventory/page-context";
import { caPolicyStateLabels, graphValueLabel } from "@/lib/ui/labels";

export const metadata: Metadata = { title: "Conditional Access policy" };

type Person = { key: string; label: string; rowId: string | null; special: boolean };
type Group = { key: string; label: string; known: boolean };

const peopleItems = (people: Person[]) =>
  people.map((p) => ({ key: p.key, label: p.label, href: p.rowId ? detailPath("user", p.rowId) : null, detail: p.special ? "Graph keyword" : p.rowId ? undefined : "not in this tenant's data" }));
const groupItems = (groups: Group[]) => groups.map((g) => ({ key: g.key, label: g.label, href: null, detail: g.known ? undefined : "not in this tenant's data" }));

export default async function ConditionalAccessPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getInventoryContext();
  if (!ctx.canRead) return (<><PageHeader title="Conditional Access policy" /><Forbidden /></>);
  const detail = await getConditionalAccessDetail(decodeIdParam((await params).id));
  if (!detail) return <RecordNotFound what="Conditional Access policy" listHref="/conditional-access" listLabel="Conditional Access policies" />;
  const { policy } = detail;

  return (
    <>
      <Breadcrumb list="Conditional Access" href="/conditional-access" current={policy.displayName} />
      <PageHeader
        title={policy.displayName}
        description={
          <>
            {graphValueLabel(caPolicyStateLabels, policy.state)} · read from Microsoft Graph; Sightline does not edit Conditional Access.{" "}
            <Link href="/findings?ruleId=AUTH-001" className="text-brand-700 underline dark:text-brand-100">
              Tenant-wide MFA findings
            </Link>
          </>
        }
      />
      <OtherTenantNote show={ctx.tenant?.id !== detail.tenantId} />
      <DetailColumns
        main={
          <>
            <EntityFindingsCard
              findings={detail.findings.items}
              total={detail.findings.total}
              entity={{ entityType: "conditionalAccessPolicy", entityId: policy.id }}
              allHref={`/findings?entityType=conditionalAccessPolicy&q=${encodeURIComponent(policy.displayName)}`}
            />
            <Card title="Facts">
              <FactList facts={detail.facts} caption={`Facts of ${policy.displayName}`} />
            </Card>
          </>
        }
        side={
          <Card title="Who it applies to">
            <Relations>
              <RelationGroup title="Included users" empty="None" items={peopleItems(detail.includeUsers)} />
              <RelationGroup title="Excluded users" empty="None" items={peopleItems(detail.excludeUsers)} />
              <RelationGroup title="Included groups" empty="None" items={groupItems(detail.includeGroups)} />
              <RelationGroup title="Excluded groups" empty="None" items={groupItems(detail.excludeGroups)} />
            </Relations>
          </Card>
        }
      />
    </>
  );
}
