#!/usr/bin/env node
/** `npm start`: build if needed (scripts/ensure-built.mjs), then serve out/ on localhost. */
import { spawnSync } from "node:child_process";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const built = spawnSync(process.execPath, ["scripts/ensure-built.mjs"], { stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);
const port = process.env.PORT ?? "3000";
const served = spawnSync(process.execPath, ["scripts/serve-out.mjs", port, "out"], { stdio: "inherit" });
process.exit(served.status ?? 0);
