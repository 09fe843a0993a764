import { cookies } from "next/headers";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getSelectedTenant } from "@/lib/tenants/selection";
import { navigation } from "@/lib/ui/navigation";
import { THEME_COOKIE, parseTheme } from "@/lib/ui/theme";
import { Wordmark } from "@/components/brand/logo";
import { Sidebar } from "@/components/shell/sidebar";
import { MobileNav } from "@/components/shell/mobile-nav";
import { TenantSwitcher } from "@/components/shell/tenant-switcher";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { UserMenu } from "@/components/shell/user-menu";
import { selectTenantAction } from "./actions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  const { selected, tenants } = await getSelectedTenant();
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  const items = navigation.filter((item) => can(viewer.role, item.permission));

  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        Skip to content
      </a>
      <header className="no-print sticky top-0 z-40 flex h-14 items-center gap-2 border-b sm:gap-3 border-slate-200 bg-white/90 px-4 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
        <MobileNav items={items} />
        <Link href="/" className="mr-1 sm:mr-2" aria-label="Sightline overview">
          <Wordmark />
        </Link>
        <TenantSwitcher
          tenants={tenants.map((t) => ({ id: t.id, displayName: t.displayName, edition: t.edition }))}
          selectedId={selected?.id ?? null}
          selectTenant={selectTenantAction}
        />
        <div className="ml-auto flex items-center gap-1">
          <ThemeToggle initial={theme} />
          <UserMenu name={viewer.name} role={viewer.role} />
        </div>
      </header>
      <div className="flex">
        <aside className="no-print sticky top-14 hidden h-[calc(100vh-3.5rem)] w-60 shrink-0 overflow-y-auto border-r border-slate-200 bg-white lg:block dark:border-slate-800 dark:bg-slate-900">
          <Sidebar items={items} />
        </aside>
        <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
