/**
 * Signs in like a browser does (next-auth's CSRF token, then the credentials callback) and returns the
 * cookies to send with every benchmark request, the selected tenant's included.
 */

export const demoAdmin = { email: "admin@sightline.test", password: "Sightline-admin-1" };
const tenantCookie = "sightline-tenant";

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

export async function signIn(baseUrl: string, tenantId: string, account = demoAdmin): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiePairs(csrf);
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  const session = cookiePairs(callback).filter((pair) => pair.includes("session-token"));
  if (session.length === 0) throw new Error(`Sign-in as ${account.email} failed (HTTP ${callback.status}): no session cookie.`);
  return [...session, `${tenantCookie}=${tenantId}`].join("; ");
}
