#!/usr/bin/env node
/**
 * Builds the site unless out/ is already a complete build newer than every input
 * (data, pages, components, lib, build scripts, config). Used by `npm start` and
 * `npm run test:e2e`. `--force` always builds.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = process.cwd();
const STAMP = path.join(ROOT, "out", ".atlas-build.json");
const INPUTS = [process.env.ATLAS_DATA_DIR ?? "data", "app", "components", "lib", "scripts/build-data", "next.config.ts", "postcss.config.mjs", "package.json", "package-lock.json"];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

export function needsBuild() {
  if (process.argv.includes("--force")) return "forced";
  if (!existsSync(STAMP)) return "no complete build in out/";
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return "unreadable build stamp";
  }
  if (stamp.kernels !== (process.env.ATLAS_KERNELS ?? "all")) return "a different kernel selection was built";
  if (stamp.dataDir !== (process.env.ATLAS_DATA_DIR ?? "data")) return "a different data directory was built";
  const built = statSync(STAMP).mtimeMs;
  const changed = INPUTS.find((i) => newestMtime(path.resolve(ROOT, i)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

const reason = needsBuild();
if (reason === null) {
  console.log("out/ is up to date; not rebuilding (use `npm run build` to force).");
} else {
  console.log(`Building the site: ${reason}.`);
  const r = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
