/**
 * `npm run bench`: prints figures, never fails on a number (benchmarks, not tests).
 * 1. extraction time per kernel (warm cache), 2. the site: build time, out/ size, bytes per
 * page, keystroke latency, Lighthouse. Arguments go to the site benchmark
 * (`--no-build`, `--no-lighthouse`, `--runs=N`); `--no-extract` skips step 1.
 */
import { spawnSync } from "node:child_process";
import { benchExtract } from "./extract-bench";

const args = process.argv.slice(2);
process.env.NEXT_TELEMETRY_DISABLED = "1";

if (!args.includes("--no-extract")) {
  console.log("== extraction (warm cache; target < 60 s per kernel)");
  for (const t of await benchExtract())
    console.log(`extract ${t.kernel.padEnd(5)} ${t.seconds.toFixed(1).padStart(6)} s  (${t.syscalls} syscalls)${t.seconds > 60 ? "  OVER 60 s" : ""}`);
}

console.log("\n== site");
const site = spawnSync("npx", ["tsx", "scripts/bench/site-bench.ts", ...args.filter((a) => a !== "--no-extract")], { stdio: "inherit" });
process.exit(site.status ?? 1);
