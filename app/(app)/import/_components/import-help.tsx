import { Download } from "lucide-react";
import { collectionRequests } from "@/lib/import/collection-labels";
import { csvTemplates } from "@/lib/import/csv/templates";
import { csvCollections, rdpServicePrincipals } from "@/lib/validations/import";

/** What the import takes: the Graph requests, the CSV templates, and the file name conventions. */
export function ImportHelp() {
  return (
    <div className="space-y-5 text-sm">
      <div>
        <h3 className="font-semibold">Graph responses</h3>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          Save what these requests return (v1.0 or beta): one page, several pages, a bare list, or one object. Sightline tells the collection from @odata.context, @odata.type or the
          properties; choose it for a file when it cannot.
        </p>
        <ul className="mt-2 space-y-1 font-mono text-xs text-slate-700 dark:text-slate-300">
          {Object.values(collectionRequests).map((request) => (
            <li key={request} className="break-all">
              {request}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          A remote desktop security configuration does not name its service principal: choose it for the file, or put{" "}
          {rdpServicePrincipals.map((sp, i) => (
            <span key={sp.appId}>
              {i > 0 ? " or " : ""}
              <code className="font-mono text-xs">{sp.slug}</code>
            </span>
          ))}{" "}
          in the file name (inside a zip, the name is the only way).
        </p>
      </div>
      <div>
        <h3 className="font-semibold">CSV templates</h3>
        <p className="mt-1 text-slate-600 dark:text-slate-400">Rows update by id; a blank cell keeps what Sightline has.</p>
        <ul className="mt-2 flex flex-wrap gap-2">
          {csvCollections.map((collection) => (
            <li key={collection}>
              <a
                href={`/api/import/templates/${collection}`}
                download
                className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
              >
                <Download className="h-4 w-4" aria-hidden="true" /> {csvTemplates[collection].title} template
              </a>
            </li>
          ))}
        </ul>
      </div>
      <p className="text-slate-600 dark:text-slate-400">
        The same from a terminal: <code className="font-mono text-xs">npm run import -- --tenant &lt;name&gt; &lt;files…&gt;</code> (docs/import.md).
      </p>
    </div>
  );
}
