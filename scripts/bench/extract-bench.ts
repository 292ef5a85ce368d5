/**
 * Extractor speed: time to extract each kernel on a warm cache (trees already unpacked
 * under .cache/; a cold cache downloads them first, which is not timed). Nothing is written.
 * Run alone: `npx tsx scripts/bench/extract-bench.ts [5.10 6.12 ...]`; the target is < 60 s
 * per kernel.
 */
import { pathToFileURL } from "node:url";
import { loadManPages } from "../extract/classify";
import { createEnricher } from "../extract/enrich";
import { generateKernel } from "../extract/generate";
import { resolveInput } from "../extract/input";
import { KERNEL_PACKAGES, packageSpec } from "../extract/kernels";

export interface ExtractTiming {
  kernel: string;
  seconds: number;
  syscalls: number;
}

export async function benchExtract(kernels: string[] = KERNEL_PACKAGES.map((k) => k.kernel), cacheDir = ".cache"): Promise<ExtractTiming[]> {
  const man = await loadManPages(cacheDir);
  const out: ExtractTiming[] = [];
  for (const kernel of kernels) {
    const pkg = KERNEL_PACKAGES.find((k) => k.kernel === kernel);
    if (!pkg) throw new Error(`unknown kernel ${kernel} (known: ${KERNEL_PACKAGES.map((k) => k.kernel).join(", ")})`);
    const input = await resolveInput(packageSpec(pkg), cacheDir);
    const t0 = performance.now();
    const enricher = await createEnricher(input.root, cacheDir, { prototypes: true, classify: true }, man);
    const k = generateKernel({ ...input, kernel, command: "bench" }, enricher);
    out.push({ kernel, seconds: (performance.now() - t0) / 1000, syscalls: k.files.reduce((n, f) => n + f.syscalls.length, 0) });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  for (const t of await benchExtract(args.length ? args : undefined))
    console.log(`extract ${t.kernel.padEnd(5)} ${t.seconds.toFixed(1).padStart(6)} s  (${t.syscalls} syscalls)${t.seconds > 60 ? "  OVER 60 s" : ""}`);
}
