import { ruleCatalog } from "./catalog";

/** docs/rules.md, rendered from the catalog so the page cannot drift from the code (a test compares them). */
export function renderRuleCatalogMarkdown(): string {
  const escape = (text: string) => text.replaceAll("|", "\\|");
  const rows = ruleCatalog.map((rule) =>
    `| ${rule.id} | ${rule.severity} | ${rule.stalls ? "yes" : ""} | ${rule.phase} | ${rule.entityType} | ${escape(rule.title)} | ${escape(rule.source)} |`,
  );
  return [
    "# Rule catalog",
    "",
    "Generated from `lib/rules/catalog.ts` by `npx tsx scripts/write-rules-doc.ts`; do not edit by hand.",
    "The catalog's meaning and severities come from `DOMAIN.md`. **`docs/rule-inputs.md` is the input spec**: for each",
    "rule, which snapshot facts decide it, which entity a result is reported on, and when it is `unknown`.",
    "",
    "- **stalls**: the rule leaves a user stuck at a prompt; the help-desk view ranks these first.",
    "- **phase**: where the failure shows up: `cloudService` (sign-in to the Windows 365 service and gateway),",
    "  `remoteSession` (sign-in to the Cloud PC), `inSession` (apps and sites inside it), `agentSession` (Windows 365 for Agents).",
    "- **entity**: what a result is reported on; rules also fill `related` (user, Cloud PC, client, policy) for the diagnosis.",
    "",
    "| id | severity | stalls | phase | entity | title | source |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    "",
    "Each rule also carries a rationale and ordered remediation steps (`lib/rules/*.ts`), shown beside its findings.",
    "",
  ].join("\n");
}
