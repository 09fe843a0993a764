import type { Permission } from "@/lib/auth/permissions";

export type NavIcon =
  | "overview" | "cloudPcs" | "users" | "policies" | "network" | "conditionalAccess" | "clients"
  | "agents" | "findings" | "matrix" | "diagnose" | "reports" | "import" | "audit" | "settings";

export interface NavItem {
  href: string;
  label: string;
  icon: NavIcon;
  permission: Permission;
  group: "Posture" | "Inventory" | "Help desk" | "Administration";
}

/** Every area of the product, in sidebar order. */
export const navigation: NavItem[] = [
  { href: "/", label: "Overview", icon: "overview", permission: "tenant:read", group: "Posture" },
  { href: "/findings", label: "Findings", icon: "findings", permission: "tenant:read", group: "Posture" },
  { href: "/matrix", label: "Capability matrix", icon: "matrix", permission: "tenant:read", group: "Posture" },
  { href: "/cloud-pcs", label: "Cloud PCs", icon: "cloudPcs", permission: "tenant:read", group: "Inventory" },
  { href: "/users", label: "Users", icon: "users", permission: "tenant:read", group: "Inventory" },
  { href: "/provisioning-policies", label: "Provisioning policies", icon: "policies", permission: "tenant:read", group: "Inventory" },
  { href: "/network-connections", label: "Network connections", icon: "network", permission: "tenant:read", group: "Inventory" },
  { href: "/conditional-access", label: "Conditional Access", icon: "conditionalAccess", permission: "tenant:read", group: "Inventory" },
  { href: "/clients", label: "Clients", icon: "clients", permission: "tenant:read", group: "Inventory" },
  { href: "/agents", label: "Agents", icon: "agents", permission: "tenant:read", group: "Inventory" },
  { href: "/diagnose", label: "Diagnose", icon: "diagnose", permission: "diagnosis:run", group: "Help desk" },
  { href: "/reports", label: "Reports", icon: "reports", permission: "export", group: "Help desk" },
  { href: "/import", label: "Import", icon: "import", permission: "import", group: "Administration" },
  { href: "/audit", label: "Audit", icon: "audit", permission: "audit:read", group: "Administration" },
  { href: "/settings", label: "Settings", icon: "settings", permission: "tenant:read", group: "Administration" },
];
