/**
 * `npm run build:data`: the step before `next build`.
 *
 * Source of truth: `data/linux/<kernel>/{manifest.json,<abi>.json}` (validated with
 * lib/schema/kernel-api). Outputs (all generated, none committed):
 *   generated/            validated data the pages read through lib/data
 *   public/generated/     search index per table, names index for the 404 page
 *   public/api/v1/        the public API (index.json, <kernel>/<abi>.json and .csv)
 *   public/latest/        /latest/<rest> redirect pages to the newest stable kernel
 *   public/linux/         reverse-order diff URLs: redirects to the canonical pair page
 * Steps: read + validate everything -> generate in memory -> write to temp dirs -> swap.
 * Any invalid input: prints "file: field: message" lines, exits 1, writes nothing.
 *
 * Environment (development only): ATLAS_DATA_DIR (default ./data), ATLAS_KERNELS (e.g.
 * "6.12" to build one kernel). ATLAS_SITE_URL sets the origin of canonical links.
 */
import path from "node:path";
import { siteOrigin } from "@/lib/data/site-origin";
import { generate, OUTPUT_ROOTS } from "./generate";
import { InputError, readInputs } from "./read-inputs";
import { writeOutputs } from "./write-outputs";

function main(): number {
  const repoRoot = process.cwd();
  const dataDir = path.resolve(process.env.ATLAS_DATA_DIR ?? "data");
  const only = process.env.ATLAS_KERNELS?.split(",").map((s) => s.trim()).filter(Boolean);
  const started = Date.now();
  if (!process.env.ATLAS_SITE_URL)
    console.log(`build:data: ATLAS_SITE_URL is not set: canonical links and the sitemap use ${siteOrigin()} (right for local use only)`);
  try {
    const inputs = readInputs(dataDir, only);
    const files = generate(inputs, siteOrigin());
    const report = writeOutputs(repoRoot, files, OUTPUT_ROOTS);
    const kernels = inputs.map((i) => `${i.manifest.kernel} (${i.files.length} ABIs)`).join(", ");
    console.log(`build:data: ${kernels}; ${files.size} files; wrote ${report.written.join(", ") || "nothing"}` +
      `${report.unchanged.length ? `; unchanged ${report.unchanged.join(", ")}` : ""} in ${Date.now() - started} ms`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`build:data: ${dataDir}: ${e.message}\nNothing was written.`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main();
