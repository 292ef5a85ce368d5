/**
 * The public API: `/api/v1/index.json` and `/api/v1/linux/<kernel>/<abi>.{json,csv}`.
 * JSON tables are the validated data files as they are (documented by the shared schema);
 * CSV flattens one row per syscall. Pure.
 */
import Papa from "papaparse";
import { ABI_INFO } from "@/lib/abi-info";
import { hex, paramList } from "@/lib/data/table-row";
import { paths } from "@/lib/data/links";
import { SCHEMA_VERSION, type AbiFile } from "@/lib/schema/kernel-api";
import type { SiteIndex } from "@/lib/data/site-index-schema";

export const CSV_COLUMNS = [
  "nr",
  "nr_hex",
  "name",
  "implemented",
  "entry",
  "compat_entry",
  "return_type",
  "params",
  "param_count",
  "categories",
  "since",
  "man",
  "source_file",
  "source_line",
] as const;

export function tableCsv(file: AbiFile): string {
  const rows = [...file.syscalls]
    .sort((a, b) => a.nr - b.nr)
    .map((s) => [
      s.nr,
      hex(s.nr),
      s.name,
      s.implemented,
      s.entry ?? "",
      s.compatEntry ?? "",
      s.returnType ?? "",
      s.params === null ? "" : paramList(s.params),
      s.params === null ? "" : s.params.length,
      s.categories.join(" "),
      s.since ?? "",
      s.man,
      s.source?.file ?? "",
      s.source?.line ?? "",
    ]);
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\n" })}\n`;
}

export function apiIndex(site: SiteIndex): unknown {
  return {
    schemaVersion: SCHEMA_VERSION,
    latest: site.latest,
    kernels: site.kernels.map((k) => ({
      id: k.id,
      release: k.release,
      preview: k.preview,
      abis: k.abis.map((a) => ({
        abi: a.abi,
        syscalls: a.syscalls,
        implemented: a.implemented,
        json: paths.apiTable(k.id, a.abi, "json"),
        csv: paths.apiTable(k.id, a.abi, "csv"),
      })),
    })),
    abis: [...ABI_INFO.values()].map((a) => ({
      id: a.id,
      label: a.label,
      arch: a.arch,
      wordBits: a.wordBits,
      endian: a.endian,
      trap: a.trap,
      nrRegister: a.nrRegister,
      argRegisters: a.argRegisters,
      returnRegister: a.returnRegister,
      errors: a.errors,
      // Added within v1 (additive): what the register rule in docs/api.md needs.
      registerBits: a.registerBits ?? a.wordBits,
      alignsRegisterPairs: a.alignsRegisterPairs,
      nrBase: a.nrBase ?? 0,
    })),
  };
}
