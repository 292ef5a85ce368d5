import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["{lib,scripts,components,app}/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 120_000,
    // Real kernel trees are fetched once here, not raced for by parallel test files.
    globalSetup: ["scripts/extract/test-support/global-setup.ts"],
  },
});
