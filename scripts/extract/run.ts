/**
 * Orchestrate one extractor run: resolve inputs, generate each kernel, run the "since"
 * pass over all kernels (new ones and those already under `<out>/linux`), then write
 * every changed kernel directory in one transaction (output/write-atomic.ts).
 */
import { join } from "node:path";
import type { ManPages } from "./classify";
import { loadManPages } from "./classify";
import { createEnricher, type EnrichOptions } from "./enrich";
import { checkKernelSeries, generateKernel, type GeneratedKernel } from "./generate";
import { inputSpecOf, resolveInput } from "./input";
import { debianUpstreamLines } from "./source-lines/debian-upstream";
import { listKernelDirs, readKernelDir, serializeKernel, type KernelData } from "./output/kernel-dir";
import { writeDirsAtomically, type DirContents } from "./output/write-atomic";
import { applySince } from "./since-pass";

export interface ExtractJob {
  /** Directory or Debian package name. */
  input: string;
  kernel?: string;
}

export interface ExtractOptions extends EnrichOptions {
  jobs: ExtractJob[];
  outDir: string;
  cacheDir: string;
  refresh?: boolean;
  log?: (line: string) => void;
}

export interface ExtractSummary {
  kernels: { kernel: string; seconds: number; abis: number; syscalls: number; unresolved: number }[];
  written: string[];
}

function commandFor(job: ExtractJob, opts: EnrichOptions): string {
  const flags = [job.kernel ? `--kernel ${job.kernel}` : "", opts.prototypes ? "" : "--no-prototypes", opts.classify ? "" : "--no-classify"];
  return ["npm run data:extract --", job.input, ...flags].filter(Boolean).join(" ");
}

export async function runExtract(opts: ExtractOptions): Promise<ExtractSummary> {
  const log = opts.log ?? (() => {});
  const linuxDir = join(opts.outDir, "linux");
  for (const job of opts.jobs) inputSpecOf(job.input); // a malformed input fails before any download
  const man: ManPages | null = opts.classify ? await loadManPages(opts.cacheDir) : null;
  const generated: GeneratedKernel[] = [];
  const summary: ExtractSummary = { kernels: [], written: [] };
  for (const job of opts.jobs) {
    const t0 = performance.now();
    const input = await resolveInput(job.input, opts.cacheDir, opts.refresh);
    checkKernelSeries(input.root, job.kernel); // before the slow enricher setup
    // Debian's patches are undone for source lines (upstream's, as Elixir shows them).
    const lines = opts.prototypes ? await debianUpstreamLines(input, opts.cacheDir) : null;
    const upstream = lines && "map" in lines ? lines : null;
    const debianLines = lines && "debianLines" in lines ? lines.debianLines : undefined;
    const enricher = { ...(await createEnricher(input.root, opts.cacheDir, opts, man)), upstream: upstream?.map ?? null };
    const k = generateKernel(
      { ...input, kernel: job.kernel, command: commandFor(job, opts), debianPatches: upstream?.patches, debianLines },
      enricher,
    );
    if (debianLines) log(`warning: ${k.kernel}: source lines stay Debian's: ${debianLines.reason}`);
    const seconds = (performance.now() - t0) / 1000;
    const syscalls = k.files.reduce((n, f) => n + f.syscalls.length, 0);
    log(`${k.kernel}: ${k.files.length} ABIs, ${syscalls} syscalls, ${k.manifest.unresolved.length} unresolved (${seconds.toFixed(1)} s)`);
    summary.kernels.push({ kernel: k.kernel, seconds, abis: k.files.length, syscalls, unresolved: k.manifest.unresolved.length });
    generated.push(k);
  }
  const fresh = new Set(generated.map((k) => k.kernel));
  if (fresh.size !== generated.length) throw new Error("the same kernel id was generated twice in one run");
  // Kernels already on disk join the "since" pass (and are rewritten only if it changes them).
  const existing: KernelData[] = opts.classify
    ? listKernelDirs(linuxDir).filter((k) => !fresh.has(k)).flatMap((k) => readKernelDir(linuxDir, k) ?? [])
    : [];
  const all: KernelData[] = [...generated, ...existing];
  const withSince = opts.classify ? applySince(all, man, (m) => log(`warning: ${m}`)) : all;
  const dirs: DirContents = new Map();
  withSince.forEach((k, i) => {
    const manifest = all[i]?.manifest;
    if (manifest) dirs.set(k.kernel, serializeKernel({ kernel: k.kernel, files: k.files, manifest }));
  });
  summary.written = writeDirsAtomically(linuxDir, dirs);
  log(summary.written.length ? `wrote ${summary.written.map((k) => join(linuxDir, k)).join(", ")}` : "no changes");
  return summary;
}
