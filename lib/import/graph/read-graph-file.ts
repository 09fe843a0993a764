import { rdpServicePrincipals, type FileHint, type GraphCollection } from "@/lib/validations/import";
import { collectionLabels } from "../collection-labels";
import { ImportFileError } from "../issues";
import { appIdOfContext, collectionOfContext, collectionOfShape, collectionOfType, isGraphType } from "./detect";
import { pagesOf, type GraphItem, type GraphPage } from "./pages";

/** What one Graph file holds, once its collection is known. */
export interface GraphFile {
  file: string;
  collection: GraphCollection;
  items: GraphItem[];
  pages: GraphPage[];
  /** For a remote desktop security configuration: the service principal it was read from. */
  servicePrincipalAppId: string | null;
  /** How the collection was told: the admin's choice, the response's context, the objects' type or shape. */
  detectedBy: "hint" | "context" | "type" | "shape";
}

/**
 * Reads one parsed Graph file: finds its pages and the collection they hold, and checks that every
 * object in it belongs to that collection. The values themselves are checked after they are merged
 * with what the tenant already holds (a `$select` response may leave out properties Sightline has).
 */
export function readGraphFile(file: string, json: unknown, hint: FileHint = {}): GraphFile {
  const pages = pagesOf(file, json);
  const items = pages.flatMap((page) => page.items);
  const { collection, detectedBy } = decideCollection(file, pages, items, hint);
  for (const item of items) checkItemType(file, item, collection);
  if (collection === "authenticationMethodsPolicy" && items.length !== 1) {
    throw new ImportFileError({ file, message: `a tenant has one authentication methods policy, but this file holds ${items.length}` });
  }
  const servicePrincipalAppId = collection === "remoteDesktopSecurityConfigurations" ? servicePrincipalOf(file, pages, items, hint) : null;
  return { file, collection, items, pages, servicePrincipalAppId, detectedBy };
}

function decideCollection(file: string, pages: GraphPage[], items: GraphItem[], hint: FileHint): Pick<GraphFile, "collection" | "detectedBy"> {
  const fromContext = agreeing(file, "the @odata.context", pages.map((page) => ({ collection: collectionOfContext(page.context), path: "$" })));
  const fromType = agreeing(file, "the @odata.type", items.map((item) => ({ collection: collectionOfType(item.value["@odata.type"]), path: item.path })));
  const strong = fromContext ?? fromType;
  if (hint.collection) {
    if (hint.collection === "clients") throw new ImportFileError({ file, message: "clients are imported from CSV files, not from Graph responses" });
    if (strong && strong !== hint.collection) {
      throw new ImportFileError({ file, message: `it was marked as ${collectionLabels[hint.collection]}, but the response says it holds ${collectionLabels[strong]}` });
    }
    return { collection: hint.collection, detectedBy: "hint" };
  }
  if (fromContext) return { collection: fromContext, detectedBy: "context" };
  if (fromType) return { collection: fromType, detectedBy: "type" };
  const fromShape = agreeing(file, "the shape", items.map((item) => ({ collection: collectionOfShape(item.value), path: item.path })), true);
  if (fromShape) return { collection: fromShape, detectedBy: "shape" };
  const foreign = items.find((item) => isGraphType(item.value["@odata.type"]));
  if (foreign) throw new ImportFileError({ file, location: foreign.path, message: `Sightline does not import ${String(foreign.value["@odata.type"])} objects` });
  const context = pages.find((page) => page.context)?.context;
  if (context) throw new ImportFileError({ file, message: `Sightline does not import what this response holds (@odata.context ${context.slice(context.indexOf("#") + 1)})` });
  throw new ImportFileError({
    file,
    message:
      items.length === 0
        ? "the response is empty and does not say which collection it is: choose the collection for this file"
        : "Sightline cannot tell which Graph collection this is (no @odata.context, no @odata.type, no telling properties): choose the collection for this file",
  });
}

/**
 * The one collection the witnesses name; two different ones are an error. `strict` (for shapes, a
 * weak witness): every object must point to the same collection, or none is decided.
 */
function agreeing(file: string, witness: string, votes: { collection: GraphCollection | null; path: string }[], strict = false): GraphCollection | null {
  let found: { collection: GraphCollection; path: string } | null = null;
  for (const vote of votes) {
    if (vote.collection === null) continue;
    if (found && found.collection !== vote.collection) {
      throw new ImportFileError({
        file,
        location: vote.path,
        message: `${capitalize(witness)} here points to ${collectionLabels[vote.collection]}, but at ${found.path} to ${collectionLabels[found.collection]}: one file holds one collection`,
      });
    }
    found ??= { collection: vote.collection, path: vote.path };
  }
  if (!found || !strict) return found?.collection ?? null;
  const stray = votes.find((vote) => vote.collection === null);
  if (stray) throw new ImportFileError({ file, location: stray.path, message: `this object does not look like the ${collectionLabels[found.collection]} beside it` });
  return found.collection;
}

function checkItemType(file: string, item: GraphItem, collection: GraphCollection): void {
  const type = item.value["@odata.type"];
  if (type === undefined) return;
  const of = collectionOfType(type);
  if (of === collection) return;
  if (of) throw new ImportFileError({ file, location: item.path, message: `this is a ${String(type)}, which does not belong in ${collectionLabels[collection]}` });
  if (isGraphType(type)) throw new ImportFileError({ file, location: item.path, message: `Sightline does not import ${String(type)} objects` });
}

const servicePrincipalPatterns = rdpServicePrincipals.map((sp) => ({
  appId: sp.appId,
  // windows-cloud-login, windows_cloud_login, WindowsCloudLogin, "Windows Cloud Login", or the appId itself.
  pattern: new RegExp(`${sp.slug.replace(/-/g, "[-_. ]?")}|${sp.appId}`, "i"),
}));

/** The service principal named by a file name (docs/import.md), or null. */
export function servicePrincipalOfFileName(file: string): string | null {
  const base = file.split("/").pop() ?? file;
  const matches = servicePrincipalPatterns.filter((sp) => sp.pattern.test(base));
  return matches.length === 1 ? matches[0].appId : null;
}

function servicePrincipalOf(file: string, pages: GraphPage[], items: GraphItem[], hint: FileHint): string {
  const known = new Set<string>(rdpServicePrincipals.map((sp) => sp.appId));
  const fromItem = items.map((item) => item.value.servicePrincipalAppId).find((value): value is string => typeof value === "string");
  const candidates = [
    hint.servicePrincipalAppId,
    pages.map((page) => appIdOfContext(page.context)).find(Boolean),
    fromItem?.toLowerCase(),
    servicePrincipalOfFileName(file),
  ];
  const appId = candidates.find((candidate): candidate is string => typeof candidate === "string" && candidate.length > 0);
  if (!appId) {
    throw new ImportFileError({
      file,
      message:
        "a remote desktop security configuration does not say which service principal it belongs to: choose Microsoft Remote Desktop or Windows Cloud Login for this file, or put windows-cloud-login or microsoft-remote-desktop in its name",
    });
  }
  if (!known.has(appId)) {
    throw new ImportFileError({ file, message: `service principal ${appId} is neither Microsoft Remote Desktop nor Windows Cloud Login` });
  }
  return appId;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
