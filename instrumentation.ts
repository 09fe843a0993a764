// Runs once when the server starts: loading the configuration here makes a bad or missing setting
// (for example no NEXTAUTH_SECRET in production) stop the start-up instead of failing the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/env");
  }
}
