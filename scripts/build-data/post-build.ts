/**
 * After `next build`: drop the React Server Component payload files Next writes next to
 * every page (index.txt, __next.*.txt). They serve client-side navigation through
 * next/link, which this site does not use (every link is a plain <a>; each page carries
 * its own payload inline in its HTML), and they would be ~45% of out/. Then put the table
 * pages' rows for readers without JavaScript into their HTML (no-js-rows.tsx). Then stamp the
 * build so `npm start` / `npm run test:e2e` know out/ is complete.
 */
import { readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getAllTable, getKernels, getTable } from "@/lib/data";
import { allPages, fillNoJsRows, tablePages } from "./no-js-rows";

const OUT = path.resolve(process.argv[2] ?? "out");
/** Folders of plain data files: never touched. */
const KEEP_DIRS = new Set(["api", "generated", "latest", "_next"]);

export function isRscPayload(name: string): boolean {
  return name === "index.txt" || /^__next\..*\.txt$/.test(name);
}

function prune(dir: string, top: boolean): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (top && KEEP_DIRS.has(e.name)) continue;
      const r = prune(p, false);
      files += r.files;
      bytes += r.bytes;
    } else if (isRscPayload(e.name)) {
      bytes += statSync(p).size;
      rmSync(p);
      files += 1;
    }
  }
  return { files, bytes };
}

function main() {
  statSync(path.join(OUT, "index.html")); // fails loudly when there is no export to post-process
  const { files, bytes } = prune(OUT, true);
  const kernels = getKernels();
  const all = kernels.flatMap((k) => getAllTable(k.id) ?? []).map((t) => ({ kernel: t.kernel.id, rows: t.rows }));
  const tables = kernels.flatMap((k) => k.abis.flatMap((a) => getTable(k.id, a.abi) ?? []));
  const filled = fillNoJsRows(OUT, [...allPages(all), ...tablePages(tables)]);
  writeFileSync(
    path.join(OUT, ".atlas-build.json"),
    `${JSON.stringify({ builtAt: new Date().toISOString(), kernels: process.env.ATLAS_KERNELS ?? "all", dataDir: process.env.ATLAS_DATA_DIR ?? "data" })}\n`,
  );
  console.log(`post-build: removed ${files} RSC payload files (${(bytes / 1e6).toFixed(1)} MB) from ${OUT}; rows without JavaScript in ${filled} table pages`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) main();
