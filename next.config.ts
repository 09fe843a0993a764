import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and driver-adapter packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
