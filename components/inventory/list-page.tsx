import Link from "next/link";
import { Plus } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/states";
import type { InventoryContext } from "@/lib/inventory/page-context";
import { ChangeNotice } from "./change-notice";

/**
 * The frame of an inventory list: header (with "New" for admins), the refusal or no-tenant state, and
 * the notice after a deletion. `children` renders only when there is a tenant the viewer may read.
 */
export function InventoryListPage({
  ctx,
  title,
  description,
  create,
  what,
  changed,
  evaluate,
  children,
}: {
  ctx: InventoryContext;
  title: string;
  description: string;
  create?: { href: string; label: string };
  what: string;
  changed?: string;
  evaluate: React.ReactNode;
  children: React.ReactNode;
}) {
  const header = (
    <PageHeader
      title={title}
      description={description}
      actions={
        create && ctx.canEdit && ctx.tenant ? (
          <Link href={create.href} className={buttonClass("primary")}>
            <Plus className="h-4 w-4" aria-hidden="true" />
            {create.label}
          </Link>
        ) : null
      }
    />
  );
  if (!ctx.canRead) return (<>{header}<Forbidden /></>);
  if (!ctx.tenant) return (<>{header}<EmptyState title="No tenant yet">An admin adds a tenant by importing a snapshot on the Reports page.</EmptyState></>);
  return (
    <>
      {header}
      <ChangeNotice changed={changed} what={what} evaluate={ctx.canEvaluate ? evaluate : null} />
      {children}
    </>
  );
}
