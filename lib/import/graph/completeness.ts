import type { GraphCollection } from "@/lib/validations/import";
import type { ImportSection } from "../sections";
import type { GraphFile } from "./read-graph-file";

export type RemovableSection = Exclude<ImportSection, "remoteDesktopSecurityConfigurations" | "clients"> | "authenticationMethods";

/**
 * The collections the files hold whole, so that what they do not list may be removed from the tenant
 * when the admin asks for it. A collection is whole when no page of it says more pages follow
 * (`@odata.nextLink`), or when its pages carry `@odata.count` and together hold that many objects. A
 * bare list counts as whole (SDKs and `Get-Mg... -All` page through for you); a single object
 * (`GET .../{id}`) never does. The authentication methods policy always lists all its method
 * configurations. Remote desktop settings exist once per service principal and are never removed.
 */
export function completeCollections(files: GraphFile[]): Set<RemovableSection> {
  const byCollection = new Map<GraphCollection, GraphFile[]>();
  for (const file of files) byCollection.set(file.collection, [...(byCollection.get(file.collection) ?? []), file]);
  const complete = new Set<RemovableSection>();
  for (const [collection, group] of byCollection) {
    if (collection === "remoteDesktopSecurityConfigurations") continue;
    if (collection === "authenticationMethodsPolicy") {
      complete.add("authenticationMethods");
      continue;
    }
    const pages = group.flatMap((file) => file.pages);
    if (pages.some((page) => page.form === "entity")) continue;
    const noMorePages = pages.every((page) => page.nextLink === null);
    const count = pages.find((page) => page.count !== null)?.count ?? null;
    const ids = new Set(pages.flatMap((page) => page.items.map((item) => item.value.id)));
    if (noMorePages || (count !== null && ids.size === count)) complete.add(collection);
  }
  return complete;
}
