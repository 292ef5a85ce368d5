/**
 * The on-disk form of one kernel: `<abi>.json` files and `manifest.json`, formatted
 * stably (2-space JSON, rows sorted by number, trailing newline, no timestamps), and the
 * reverse: reading a kernel directory back through the schemas.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { abiFileSchema, formatSchemaError, manifestSchema, type AbiFile, type Manifest } from "@/lib/schema/kernel-api";
import { parseJsonText } from "../json-text";

export interface KernelData {
  kernel: string;
  files: AbiFile[];
  manifest: Manifest;
}

export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function serializeKernel(k: KernelData): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of k.files) out.set(`${f.abi}.json`, toJson({ ...f, syscalls: [...f.syscalls].sort((a, b) => a.nr - b.nr) }));
  out.set("manifest.json", toJson(k.manifest));
  return out;
}

function parseJson(path: string): unknown {
  return parseJsonText(readFileSync(path, "utf8"), path);
}

/** Read `<linuxDir>/<kernel>/`, validating every file; null when the directory is absent. */
export function readKernelDir(linuxDir: string, kernel: string): KernelData | null {
  const dir = join(linuxDir, kernel);
  if (!existsSync(join(dir, "manifest.json"))) return null;
  const m = manifestSchema.safeParse(parseJson(join(dir, "manifest.json")));
  if (!m.success) throw new Error(formatSchemaError(join(dir, "manifest.json"), m.error));
  const files = m.data.abis.map((a) => {
    const path = join(dir, a.file);
    const r = abiFileSchema.safeParse(parseJson(path));
    if (!r.success) throw new Error(formatSchemaError(path, r.error));
    return r.data;
  });
  return { kernel, files, manifest: m.data };
}

/** Kernel ids present under `<linuxDir>`. */
export function listKernelDirs(linuxDir: string): string[] {
  if (!existsSync(linuxDir)) return [];
  return readdirSync(linuxDir).filter((d) => /^\d+\.\d+$/.test(d) && existsSync(join(linuxDir, d, "manifest.json")));
}
