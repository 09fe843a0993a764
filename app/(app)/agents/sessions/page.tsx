import { redirect } from "next/navigation";

/** The session list lives on /agents; this keeps /agents/sessions links (and their filters) working. */
export default async function AgentSessionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) for (const v of [value].flat()) if (v !== undefined) query.append(key, v);
  redirect(query.size > 0 ? `/agents?${query}` : "/agents");
}
