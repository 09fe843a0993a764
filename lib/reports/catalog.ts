import "server-only";
import { eventColumns, sessionColumns, violationColumns } from "@/lib/agents/export";
import type { Permission } from "@/lib/auth/permissions";
import { clientCsvColumns } from "@/lib/clients/csv";
import { findingColumns } from "@/lib/findings/export";
import { provisioningPolicyCsvColumns } from "@/lib/provisioning-policies/csv";
import { agentSessionOutcomeLabels, clientAppLabels, entityTypeLabels, identityTypeLabels, joinTypeLabels, phaseLabels, severityLabels } from "@/lib/ui/labels";
import { clientApps, entityTypes, findingStatuses, identityTypes, joinTypes, phases, severities } from "@/lib/validations/enums";
import { auditLogColumns } from "./audit-log";
import { cloudPcReportColumns } from "./cloud-pcs";
import { credentialColumns, identityJoinColumns, joinMatrixColumns } from "./matrices";
import { runDiffColumns } from "./run-diff";
import { userReportColumns } from "./users";

/** A URL filter of a report, as the Reports page offers it: the same parameter its page uses. */
export interface ReportFilter {
  name: string;
  label: string;
  kind: "select" | "text" | "date";
  options?: { value: string; label: string }[];
}

export interface ReportDefinition {
  key: string;
  title: string;
  description: string;
  /** The CSV route; the filters are its query parameters. */
  href: string;
  /** The page that shows the same rows, whose URL filters the report takes. */
  page: { href: string; label: string } | null;
  permission: Permission;
  filters: ReportFilter[];
  headers: string[];
}

const choices = (values: readonly string[], labels: Record<string, string> = {}) => values.map((value) => ({ value, label: labels[value] ?? value }));
const flag = (name: string, label: string): ReportFilter => ({ name, label, kind: "select", options: choices(["yes", "no", "unknown"], { yes: "Yes", no: "No", unknown: "Not recorded" }) });
const search: ReportFilter = { name: "q", label: "Search", kind: "text" };
const headersOf = (columns: { header: string }[]) => columns.map((c) => c.header);
// The agent session list's filters, which its three exports share (lib/validations/agent-sessions.ts).
const agentFilters: ReportFilter[] = [
  { name: "agent", label: "Agent id", kind: "text" },
  { name: "pool", label: "Pool id", kind: "text" },
  { name: "cloudPc", label: "Cloud PC id", kind: "text" },
  { name: "outcome", label: "Outcome", kind: "select", options: choices(Object.keys(agentSessionOutcomeLabels), agentSessionOutcomeLabels) },
  { name: "violation", label: "Violation", kind: "select", options: [{ value: "any", label: "Any rule" }, { value: "none", label: "None" }] },
];

/**
 * Every CSV report, in the order the Reports page lists them. docs/csv-reports.md documents the same
 * headers, and a test holds the two together.
 */
export const reports: ReportDefinition[] = [
  {
    key: "findings",
    title: "Findings",
    description: "Every finding the filters select, with its evidence and, for an accepted risk, its owner, expiry and reason.",
    href: "/api/findings/export",
    page: { href: "/findings", label: "Findings" },
    permission: "export",
    filters: [
      { name: "severity", label: "Severity", kind: "select", options: choices(severities, severityLabels) },
      { name: "status", label: "Status", kind: "select", options: choices(findingStatuses) },
      { name: "verdict", label: "Verdict", kind: "select", options: choices(["fail", "unknown"], { fail: "Fails", unknown: "Unknown (a fact is missing)" }) },
      { name: "phase", label: "Phase", kind: "select", options: choices(phases, phaseLabels) },
      { name: "entityType", label: "Entity type", kind: "select", options: choices(entityTypes, entityTypeLabels) },
      { name: "stalls", label: "Stalls sign-in", kind: "select", options: [{ value: "1", label: "Only those that stall" }] },
      { name: "ruleId", label: "Rule id", kind: "text" },
      search,
    ],
    headers: headersOf(findingColumns),
  },
  {
    key: "cloud-pcs",
    title: "Cloud PC inventory with posture",
    description: "The Cloud PC table's rows with OS facts, updates, smart card drivers, and the rules that fail or are unknown for each.",
    href: "/api/reports/cloud-pcs",
    page: { href: "/cloud-pcs", label: "Cloud PCs" },
    permission: "export",
    filters: [
      { name: "joinType", label: "Join type", kind: "select", options: [...choices(joinTypes, joinTypeLabels), { value: "unknown", label: "Unknown" }] },
      { name: "status", label: "Status", kind: "text" },
      flag("sso", "SSO applied"),
      { name: "policy", label: "Provisioning policy id", kind: "text" },
      search,
    ],
    headers: headersOf(cloudPcReportColumns),
  },
  {
    key: "users",
    title: "Users and the join types they can use",
    description: "The users table's rows with the identity type, the join types Windows 365 supports for it, the join types of their Cloud PCs, and their failing rules.",
    href: "/api/reports/users",
    page: { href: "/users", label: "Users" },
    permission: "export",
    filters: [
      { name: "identityType", label: "Identity type", kind: "select", options: choices(identityTypes, identityTypeLabels) },
      { name: "overridden", label: "Overridden", kind: "select", options: [{ value: "1", label: "Only overridden" }] },
      search,
    ],
    headers: headersOf(userReportColumns),
  },
  {
    key: "provisioning-policies",
    title: "Provisioning policies",
    description: "The provisioning policy table: join type, single sign-on, network connection, region, Cloud PCs and open findings.",
    href: "/api/inventory/provisioning-policies/export",
    page: { href: "/provisioning-policies", label: "Provisioning policies" },
    permission: "export",
    filters: [
      { name: "joinType", label: "Join type", kind: "select", options: [...choices(joinTypes, joinTypeLabels), { value: "unknown", label: "Unknown" }] },
      flag("sso", "Single sign-on"),
      search,
    ],
    headers: headersOf(provisioningPolicyCsvColumns),
  },
  {
    key: "clients",
    title: "Clients",
    description: "The client table: how people connect, from which device, and what the device can reach.",
    href: "/api/inventory/clients/export",
    page: { href: "/clients", label: "Clients" },
    permission: "export",
    filters: [
      { name: "app", label: "App", kind: "select", options: choices(clientApps, clientAppLabels) },
      flag("managed", "Managed device"),
      search,
    ],
    headers: headersOf(clientCsvColumns),
  },
  {
    key: "matrix-join-types",
    title: "Capability matrix: join types",
    description: "Each capability of Microsoft Entra hybrid join and Microsoft Entra join, with the tenant's Cloud PCs and people, and the open failing findings of the rules that break it.",
    href: "/api/reports/matrix/join-types",
    page: { href: "/matrix", label: "Capability matrix" },
    permission: "export",
    filters: [],
    headers: headersOf(joinMatrixColumns),
  },
  {
    key: "matrix-identity-join",
    title: "Capability matrix: identity type × join type",
    description: "Whether Windows 365 supports each pair, how many people are in it, and how many of them each breaking rule affects.",
    href: "/api/reports/matrix/identity-join",
    page: { href: "/matrix", label: "Capability matrix" },
    permission: "export",
    filters: [],
    headers: headersOf(identityJoinColumns),
  },
  {
    key: "matrix-credentials",
    title: "Capability matrix: credentials × phases × clients",
    description: "Which credential works in which authentication phase on which client platform, with the people who use it there and how many are affected.",
    href: "/api/reports/matrix/credentials",
    page: { href: "/matrix", label: "Capability matrix" },
    permission: "export",
    filters: [],
    headers: headersOf(credentialColumns),
  },
  {
    key: "run-diff",
    title: "Evaluation run diff",
    description: "Every finding a run made new, resolved, reopened or expired; the latest finished run unless you name one.",
    href: "/api/reports/run-diff",
    page: { href: "/", label: "Overview" },
    permission: "export",
    filters: [{ name: "run", label: "Run", kind: "select", options: [] }],
    headers: headersOf(runDiffColumns),
  },
  {
    key: "agent-sessions",
    title: "Agent sessions",
    description: "Windows 365 for Agents sessions with their outcome and violations.",
    href: "/api/agents/export/sessions",
    page: { href: "/agents", label: "Agents" },
    permission: "export",
    filters: agentFilters,
    headers: headersOf(sessionColumns),
  },
  {
    key: "agent-events",
    title: "Agent session events",
    description: "Each event of the selected agent sessions, with the violations it is evidence for.",
    href: "/api/agents/export/events",
    page: { href: "/agents", label: "Agents" },
    permission: "export",
    filters: agentFilters,
    headers: headersOf(eventColumns),
  },
  {
    key: "agent-violations",
    title: "Agent session violations",
    description: "Each AGT rule a session violates, with its evidence.",
    href: "/api/agents/export/violations",
    page: { href: "/agents", label: "Agents" },
    permission: "export",
    filters: agentFilters,
    headers: headersOf(violationColumns),
  },
  {
    key: "audit-log",
    title: "Audit log",
    description: "Every change, triage decision, import, evaluation, diagnosis, export and sign-in, newest first, with before and after.",
    href: "/api/reports/audit-log",
    page: { href: "/audit", label: "Audit" },
    permission: "audit:read",
    filters: [
      { name: "action", label: "Action starts with", kind: "text" },
      { name: "actor", label: "Who (email)", kind: "text" },
      { name: "from", label: "From", kind: "date" },
      { name: "to", label: "To", kind: "date" },
      { name: "scope", label: "Tenants", kind: "select", options: [{ value: "all", label: "Every tenant" }] },
      search,
    ],
    headers: headersOf(auditLogColumns),
  },
];
