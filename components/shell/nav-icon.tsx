import {
  Bot, FileDown, Grid3x3, LayoutDashboard, Laptop, Monitor, Network, ScrollText, Settings,
  ShieldCheck, Stethoscope, TriangleAlert, Users, FileCog, FileUp,
} from "lucide-react";
import type { NavIcon as NavIconName } from "@/lib/ui/navigation";

const icons = {
  overview: LayoutDashboard,
  cloudPcs: Monitor,
  users: Users,
  policies: FileCog,
  network: Network,
  conditionalAccess: ShieldCheck,
  clients: Laptop,
  agents: Bot,
  findings: TriangleAlert,
  matrix: Grid3x3,
  diagnose: Stethoscope,
  reports: FileDown,
  import: FileUp,
  audit: ScrollText,
  settings: Settings,
} satisfies Record<NavIconName, unknown>;

export function NavIcon({ name, className = "h-4 w-4" }: { name: NavIconName; className?: string }) {
  const Icon = icons[name];
  return <Icon className={className} aria-hidden="true" />;
}
