import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test, expect, request as newRequest } from "@playwright/test";
import { accounts, storageStateFor } from "../support/roles";

// Playwright runs from the repository root, after `next build`: the browser bundles are in .next/static.
const staticDir = path.join(".next", "static");

/** Configuration that must never leave the server: its names and (below) its values. */
const serverSecretNames = [
  "NEXTAUTH_SECRET",
  "DATABASE_URL",
  "SIGHTLINE_ADMIN_PASSWORD",
  "SIGHTLINE_ENTRA_CLIENT_SECRET",
  "SIGHTLINE_E2E_DATABASE_URL",
  "SIGHTLINE_TEST_POSTGRES_URL",
];
/** What a browser bundle may read of process.env: next-auth's client reads its public URL. */
const browserEnvNames = new Set(["NODE_ENV", "NEXTAUTH_URL", "NEXTAUTH_URL_INTERNAL", "VERCEL_URL"]);
const bcryptHash = /\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}/;

/**
 * The values the test server runs with: what scripts/e2e-server.sh sets, what it inherits from this
 * process (Playwright passes its environment on), and the demo secret lib/env.ts signs sessions with
 * when NEXTAUTH_SECRET is not set.
 */
function serverSecretValues(): string[] {
  const values = new Set<string>();
  const demoSecret = /const DEMO_SECRET = "([^"]+)"/.exec(readFileSync("lib/env.ts", "utf8"))?.[1];
  expect(demoSecret, "the demo secret in lib/env.ts").toBeTruthy();
  values.add(demoSecret!);
  const script = readFileSync("scripts/e2e-server.sh", "utf8");
  for (const name of serverSecretNames) {
    // NAME=value, NAME="value", and a default: ${NAME:-value}
    for (const [, literal] of script.matchAll(new RegExp(`\\b${name}="?([^"$\\s]+)"?`, "g"))) values.add(literal);
    for (const [, literal] of script.matchAll(new RegExp(`\\$\\{${name}:-([^}]+)\\}`, "g"))) values.add(literal);
    const inherited = process.env[name];
    if (inherited) values.add(inherited);
  }
  for (const value of [...values]) {
    // A database URL's password is a secret of its own.
    const password = /^[a-z]+:\/\/[^:/@]+:([^@]+)@/.exec(value)?.[1];
    if (password) values.add(decodeURIComponent(password));
  }
  return [...values].filter((value) => value.length >= 8);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/** What each text gives away, by name: a secret's value, a password hash, a demo password, or (in code) a secret's name. */
function leaks(texts: { name: string; text: string; code: boolean }[]): string[] {
  const secrets = serverSecretValues();
  const passwords = Object.values(accounts).map((account) => account.password);
  return texts.flatMap(({ name, text, code }) => [
    ...secrets.filter((secret) => text.includes(secret)).map((secret) => `${name}: holds a server secret (${secret.slice(0, 6)}…)`),
    ...(bcryptHash.test(text) ? [`${name}: holds a bcrypt hash`] : []),
    ...passwords.filter((password) => text.includes(password)).map((password) => `${name}: holds the demo password ${password}`),
    ...(code ? serverSecretNames.filter((secretName) => text.includes(secretName)).map((secretName) => `${name}: names ${secretName}`) : []),
    ...(code
      ? [...text.matchAll(/\benv\.([A-Za-z_][A-Za-z0-9_]*)/g)]
          .map((match) => match[1])
          .filter((envName) => !browserEnvNames.has(envName) && !envName.startsWith("NEXT_PUBLIC_"))
          .map((envName) => `${name}: reads env.${envName}`)
      : []),
  ]);
}

test("no browser bundle holds a server secret, a password hash or a demo password, or reads a server setting", () => {
  const files = filesUnder(staticDir);
  expect(files.filter((file) => file.endsWith(".js")).length, "built browser scripts").toBeGreaterThan(10);
  const found = leaks(files.map((file) => ({ name: file, text: readFileSync(file, "utf8"), code: true })));
  expect(found).toEqual([]);
});

test("no page sent to a browser, signed in or not, holds a server secret, a password hash or a demo password", async ({ baseURL }) => {
  const signedOut = await newRequest.newContext({ baseURL });
  const admin = await newRequest.newContext({ baseURL, storageState: storageStateFor("admin") });
  const pages: { name: string; text: string; code: boolean }[] = [];
  const login = await signedOut.get("/login");
  expect(login.status()).toBe(200);
  pages.push({ name: "/login", text: await login.text(), code: false });
  // The server-rendered HTML carries the props of every client component on the page (the RSC payload).
  for (const url of ["/", "/settings", "/audit", "/import", "/users", "/cloud-pcs/new", "/findings"]) {
    const response = await admin.get(url);
    expect(response.status(), url).toBe(200);
    pages.push({ name: url, text: await response.text(), code: false });
  }
  expect(leaks(pages)).toEqual([]);
  await signedOut.dispose();
  await admin.dispose();
});
