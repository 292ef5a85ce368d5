import { defineConfig } from "@playwright/test";

/**
 * Browser tests run Debian's chromium (Playwright cannot download browsers here) against
 * the exported site in out/, served on 127.0.0.1 by scripts/serve-out.mjs.
 * `npm run test:e2e` builds first if out/ is stale (scripts/ensure-built.mjs).
 */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const PORT = 4173;

export default defineConfig({
  testDir: "./tests/e2e",
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: FLAGS },
  },
  webServer: {
    command: `node scripts/serve-out.mjs ${PORT} out`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
