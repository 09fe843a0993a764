import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/csp";

const nextConfig: NextConfig = {
  // Native and driver-adapter packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // The proxy (proxy.ts) sees every request, and Next.js cuts a body it hands on at 10 MB by default.
    // The largest bodies a route takes: a tenant snapshot (200 MB, lib/tenant-data/import-snapshot.ts) and
    // an import upload (100 MB and its form envelope, lib/import/limits.ts); those routes refuse more themselves.
    proxyClientMaxBodySize: 210 * 1024 * 1024,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
