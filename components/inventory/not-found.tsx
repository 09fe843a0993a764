import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/states";

/** A detail page whose record does not exist (deleted, or a link from an older import). */
export function RecordNotFound({ what, listHref, listLabel }: { what: string; listHref: string; listLabel: string }) {
  return (
    <>
      <PageHeader title={`${what} not found`} />
      <EmptyState title={`There is no such ${what.toLowerCase()}`}>
        It may have been deleted or replaced by a later import.{" "}
        <Link href={listHref} className="font-medium text-brand-700 underline dark:text-brand-100">
          Back to {listLabel}
        </Link>
      </EmptyState>
    </>
  );
}
