/**
 * Pure core of the data build: validated kernel inputs -> every output file, as a map from
 * a path relative to the repo root to its contents. The roots it writes are OUTPUT_ROOTS;
 * each is replaced as a whole by the writer.
 */
import { ABI_IDS, SCHEMA_VERSION, type AbiFile } from "@/lib/schema/kernel-api";
import { abiInfo } from "@/lib/abi-info";
import { allAbis, buildAllRows, type AllRow } from "@/lib/data/all-matrix";
import { compareKernelIds } from "@/lib/data/kernel-version";
import { tableRows } from "@/lib/data/table-row";
import { siteIndexSchema, type SiteIndex } from "@/lib/data/site-index-schema";
import { buildSearchIndex } from "@/lib/search/fuzzy";
import { toSearchDoc } from "@/lib/search/search-doc";
import { apiIndex, tableCsv } from "./api-files";
import { latestPages } from "./latest-pages";
import { diffRedirectPages } from "../atlas/diff-redirect-pages";
import type { KernelInput } from "./read-inputs";

/** Directories (relative to the repo root) this script owns and rewrites completely. */
export const OUTPUT_ROOTS = ["generated", "public/generated", "public/api", "public/latest", "public/linux"] as const;

export type OutputFiles = Map<string, string>;

const json = (v: unknown) => `${JSON.stringify(v)}\n`;

export function siteIndex(inputs: readonly KernelInput[]): SiteIndex {
  const kernels = [...inputs]
    .sort((a, b) => compareKernelIds(a.manifest.kernel, b.manifest.kernel))
    .map(({ manifest, files }) => ({
      id: manifest.kernel,
      release: manifest.release,
      preview: manifest.preview,
      debianSource: manifest.input.debianLines?.version ?? null,
      abis: [...files]
        .sort((a, b) => ABI_IDS.indexOf(a.abi) - ABI_IDS.indexOf(b.abi))
        .map((f) => ({
          abi: f.abi,
          syscalls: f.syscalls.length,
          implemented: f.syscalls.filter((s) => s.implemented).length,
          withParams: f.syscalls.filter((s) => s.params !== null).length,
        })),
    }));
  const stable = kernels.filter((k) => !k.preview);
  // With only previews (a dev build of 7.3 alone), /latest/ points at the newest kernel.
  const latest = (stable.at(-1) ?? kernels.at(-1))?.id;
  return siteIndexSchema.parse({ schemaVersion: SCHEMA_VERSION, kernels, latest });
}

function byAbiOrder(files: readonly AbiFile[]): AbiFile[] {
  return [...files].sort((a, b) => ABI_IDS.indexOf(a.abi) - ABI_IDS.indexOf(b.abi));
}

function tableSearchIndex(file: AbiFile): string {
  const syscalls = [...file.syscalls].sort((a, b) => a.nr - b.nr);
  return json(buildSearchIndex(syscalls.map((s) => toSearchDoc([s]))));
}

function allSearchIndex(files: readonly AbiFile[], rows: readonly AllRow[]): string {
  const byName = new Map<string, AbiFile["syscalls"]>();
  for (const f of files) for (const s of f.syscalls) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const docs = rows.map((r) => toSearchDoc(byName.get(r.name) ?? []));
  return json(buildSearchIndex(docs));
}

export function generate(inputs: readonly KernelInput[], origin: string): OutputFiles {
  const out: OutputFiles = new Map();
  const site = siteIndex(inputs);
  out.set("generated/site.json", json(site));

  const namesPerKernel: { id: string; abis: string[]; names: string[] }[] = [];
  for (const { manifest, files } of inputs) {
    const k = manifest.kernel;
    const ordered = byAbiOrder(files);
    for (const file of ordered) {
      const { types: _types, ...forPages } = file;
      out.set(`generated/linux/${k}/${file.abi}.json`, json(forPages));
      out.set(`public/api/v1/linux/${k}/${file.abi}.json`, json(file));
      out.set(`public/api/v1/linux/${k}/${file.abi}.csv`, tableCsv(file));
      out.set(`public/generated/search/${k}/${file.abi}.json`, tableSearchIndex(file));
      // The table page's interactive table fetches its rows: its HTML holds only the first screen.
      const rows = tableRows(abiInfo(file.abi), file.syscalls);
      out.set(`public/generated/table/${k}/${file.abi}.json`, json({ kernel: k, abi: file.abi, rows }));
    }
    const allRows = buildAllRows(ordered);
    out.set(`public/generated/search/${k}/all.json`, allSearchIndex(ordered, allRows));
    // The `all` page's interactive table fetches its rows: its HTML holds only the first screen.
    out.set(`public/generated/all/${k}.json`, json({ abis: allAbis(ordered), rows: allRows }));
    namesPerKernel.push({ id: k, abis: allAbis(ordered), names: allRows.map((r) => r.name) });
  }
  out.set("public/api/v1/index.json", json(apiIndex(site)));
  namesPerKernel.sort((a, b) => compareKernelIds(a.id, b.id));
  out.set("public/generated/names.json", json({ latest: site.latest, kernels: namesPerKernel }));

  const latest = namesPerKernel.find((k) => k.id === site.latest);
  if (latest) for (const [file, html] of latestPages(latest.id, latest.abis, latest.names, origin)) out.set(`public/${file}`, html);
  // Reverse-order diff URLs (H6): tiny redirects to the canonical pair page.
  for (const [file, html] of diffRedirectPages(site.kernels, origin)) out.set(`public/${file}`, html);
  return out;
}
