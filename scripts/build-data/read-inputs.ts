/**
 * Reads `data/linux/<kernel>/{manifest.json,<abi>.json}` and validates every file with the
 * shared schema, plus the cross-file facts a schema cannot see (directory = kernel id,
 * manifest lists exactly the ABI files present, counts agree). Collects every problem and
 * throws one InputError listing them as "file: field: message" lines.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import {
  abiFileSchema,
  formatSchemaError,
  manifestSchema,
  type AbiFile,
  type Manifest,
} from "@/lib/schema/kernel-api";

export interface KernelInput {
  manifest: Manifest;
  /** In manifest order. */
  files: AbiFile[];
}

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid input data (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.join("\n")}`);
    this.name = "InputError";
  }
}

/** "Unexpected token } in JSON at position 120" -> "line 7 column 3: ...". */
function jsonErrorWhere(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return message;
  const before = text.slice(0, Number(m[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `line ${line} column ${column}: ${message}`;
}

function readJson<S extends z.ZodType>(file: string, label: string, schema: S, problems: string[]): z.infer<S> | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    problems.push(`${label}: cannot read: ${(e as Error).message}`);
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    problems.push(`${label}: invalid JSON: ${jsonErrorWhere(text, (e as Error).message)}`);
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...formatSchemaError(label, parsed.error).split("\n"));
    return null;
  }
  return parsed.data;
}

function readKernel(dataDir: string, kernel: string, problems: string[]): KernelInput | null {
  const dir = path.join(dataDir, "linux", kernel);
  const rel = (f: string) => path.posix.join("linux", kernel, f);
  const manifest = readJson(path.join(dir, "manifest.json"), rel("manifest.json"), manifestSchema, problems);
  if (!manifest) return null;
  const start = problems.length;
  if (manifest.kernel !== kernel)
    problems.push(`${rel("manifest.json")}: kernel: "${manifest.kernel}" but the directory is "${kernel}"`);

  const listed = new Set(manifest.abis.map((a) => a.file));
  for (const f of readdirSync(dir)) {
    if (f.endsWith(".json") && f !== "manifest.json" && !listed.has(f))
      problems.push(`${rel(f)}: not listed in manifest.json abis`);
  }

  const files: AbiFile[] = [];
  manifest.abis.forEach((entry, i) => {
    const where = `${rel("manifest.json")}: abis.${i}`;
    const file = readJson(path.join(dir, entry.file), rel(entry.file), abiFileSchema, problems);
    if (!file) return;
    if (file.kernel !== kernel) problems.push(`${rel(entry.file)}: kernel: "${file.kernel}" but the directory is "${kernel}"`);
    if (file.abi !== entry.abi) problems.push(`${where}.abi: "${entry.abi}" but ${entry.file} has abi "${file.abi}"`);
    const counts = {
      syscalls: file.syscalls.length,
      implemented: file.syscalls.filter((s) => s.implemented).length,
      withParams: file.syscalls.filter((s) => s.params !== null).length,
    };
    for (const [k, v] of Object.entries(counts)) {
      const said = entry[k as keyof typeof counts];
      if (said !== v) problems.push(`${where}.${k}: says ${said} but ${entry.file} has ${v}`);
    }
    files.push(file);
  });
  const abis = manifest.abis.map((a) => a.abi);
  abis.forEach((a, i) => {
    if (abis.indexOf(a) !== i) problems.push(`${rel("manifest.json")}: abis.${i}.abi: "${a}" listed twice`);
  });
  return problems.length === start ? { manifest, files } : null;
}

/**
 * All kernels under `<dataDir>/linux/`, or only `onlyKernels` when given (a development
 * shortcut). Throws InputError when anything is wrong; never returns partial input.
 */
export function readInputs(dataDir: string, onlyKernels?: readonly string[]): KernelInput[] {
  const linux = path.join(dataDir, "linux");
  if (!existsSync(linux)) throw new InputError([`${linux}: no such directory`]);
  const problems: string[] = [];
  const dirs = readdirSync(linux, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const d of dirs) if (!/^\d+\.\d+$/.test(d.name)) problems.push(`linux/${d.name}: not a kernel id like 6.12`);
  let kernels = dirs.map((d) => d.name).filter((n) => /^\d+\.\d+$/.test(n));
  if (onlyKernels) {
    for (const k of onlyKernels) if (!kernels.includes(k)) problems.push(`linux/${k}: requested kernel not found`);
    kernels = kernels.filter((k) => onlyKernels.includes(k));
  }
  const out: KernelInput[] = [];
  for (const k of kernels) {
    const input = readKernel(dataDir, k, problems);
    if (input) out.push(input);
  }
  if (problems.length) throw new InputError(problems);
  if (out.length === 0) throw new InputError([`${linux}: no kernel directories`]);
  return out;
}
