import { jsonPath } from "@/lib/snapshot/parse";
import { ImportFileError } from "../issues";

/** One object of a Graph response, with the JSON path it sits at in its file (for error messages). */
export interface GraphItem {
  value: Record<string, unknown>;
  path: string;
}

/** A response page as saved by the admin, or what stands for one (a bare array, a single entity). */
export interface GraphPage {
  form: "page" | "array" | "entity";
  context: string | null;
  /** More pages follow that this file does not hold. */
  nextLink: string | null;
  /** `@odata.count` when the request asked for it: the size of the whole collection. */
  count: number | null;
  items: GraphItem[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isPage = (value: unknown): value is Record<string, unknown> & { value: unknown[] } => isObject(value) && Array.isArray(value.value);

const text = (value: unknown) => (typeof value === "string" ? value : null);

function page(file: string, response: Record<string, unknown> & { value: unknown[] }, base: (string | number)[]): GraphPage {
  return {
    form: "page",
    context: text(response["@odata.context"]),
    nextLink: text(response["@odata.nextLink"]),
    count: typeof response["@odata.count"] === "number" ? response["@odata.count"] : null,
    items: objects(file, response.value, [...base, "value"]),
  };
}

function objects(file: string, values: unknown[], base: (string | number)[]): GraphItem[] {
  return values.map((value, i) => {
    const path = jsonPath([...base, i]);
    if (!isObject(value)) throw new ImportFileError({ file, location: path, message: `expected a Graph object here, found ${describe(value)}` });
    return { value, path };
  });
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * The pages of a parsed JSON file. Accepted: one response page (`{"@odata.context", "value": [...]}`),
 * a list of such pages, a bare list of objects (what SDKs and `ConvertTo-Json` write), and a single
 * object as `GET .../{id}` returns it (a one-item collection).
 */
export function pagesOf(file: string, json: unknown): GraphPage[] {
  if (isPage(json)) return [page(file, json, [])];
  if (Array.isArray(json)) {
    if (json.length > 0 && json.every(isPage)) return json.map((response, i) => page(file, response, [i]));
    return [{ form: "array", context: null, nextLink: null, count: null, items: objects(file, json, []) }];
  }
  if (isObject(json)) {
    if ("snapshotVersion" in json) {
      throw new ImportFileError({ file, message: "this is a Sightline tenant snapshot, not a Graph response: import it under “Import a snapshot” on the Reports page" });
    }
    if ("error" in json && isObject(json.error) && "code" in json.error) {
      const detail = [json.error.code, json.error.message].filter((part) => typeof part === "string").join(": ");
      throw new ImportFileError({ file, message: `this is a Graph error response, not data (${detail})` });
    }
    return [{ form: "entity", context: text(json["@odata.context"]), nextLink: null, count: null, items: [{ value: json, path: "$" }] }];
  }
  throw new ImportFileError({ file, location: "$", message: `expected a Graph response (an object or a list), found ${describe(json)}` });
}
