import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/csp";

const nextConfig: NextConfig = {
  // Native and driver-adapter packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
