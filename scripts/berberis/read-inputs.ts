/**
 * Reads and parses a Berberis kernel_api/tools directory: kernel_syscalls.json, the
 * kernel_api_<arch>.json of every arch it names, and custom_syscalls.json when present.
 * The sha256 covers the bytes of those files concatenated in this order:
 * kernel_syscalls.json, custom_syscalls.json (if any), kernel_api_<arch>.json by arch name.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { BERBERIS_ARCHES, CUSTOM_FILE, SYSCALLS_FILE, apiFileName, type BerberisArch } from "./arches";
import { InputError, issueLines, parseJsonText } from "./json-path";
import { customSyscallsSchema, kernelApiSchema, kernelSyscallsSchema, type CustomSyscalls, type KernelApi, type KernelSyscalls } from "./raw-schema";

export interface BerberisInputs {
  kernelSyscalls: KernelSyscalls;
  custom: CustomSyscalls | null;
  apis: Map<BerberisArch, KernelApi>;
  /** File names (not paths) in hash order. */
  files: string[];
  sha256: string;
}

function readFile(dir: string, file: string): Buffer {
  const path = join(dir, file);
  if (!existsSync(path)) throw new InputError(`${file}: missing file (looked for ${path})`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(`${file}: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseWith<T extends z.ZodType>(file: string, bytes: Buffer, schema: T): z.infer<T> {
  const result = schema.safeParse(parseJsonText(file, bytes.toString("utf8")));
  if (!result.success) throw new InputError(issueLines(file, result.error).slice(0, 20).join("\n"));
  return result.data;
}

export function readInputs(dir: string): BerberisInputs {
  if (!existsSync(dir)) throw new InputError(`${dir}: input directory does not exist`);
  const syscallsBytes = readFile(dir, SYSCALLS_FILE);
  const kernelSyscalls = parseWith(SYSCALLS_FILE, syscallsBytes, kernelSyscallsSchema);
  const chunks: Buffer[] = [syscallsBytes];
  const files = [SYSCALLS_FILE];
  let custom: CustomSyscalls | null = null;
  if (existsSync(join(dir, CUSTOM_FILE))) {
    const bytes = readFile(dir, CUSTOM_FILE);
    custom = parseWith(CUSTOM_FILE, bytes, customSyscallsSchema);
    chunks.push(bytes);
    files.push(CUSTOM_FILE);
  }
  const used = new Set(Object.values(kernelSyscalls).flatMap((arches) => Object.keys(arches)));
  const apis = new Map<BerberisArch, KernelApi>();
  for (const arch of BERBERIS_ARCHES) {
    if (!used.has(arch)) continue;
    const file = apiFileName(arch);
    const bytes = readFile(dir, file);
    apis.set(arch, parseWith(file, bytes, kernelApiSchema));
    chunks.push(bytes);
    files.push(file);
  }
  if (apis.size === 0) throw new InputError(`${SYSCALLS_FILE}: no syscall for any arch`);
  const sha256 = createHash("sha256").update(Buffer.concat(chunks)).digest("hex");
  return { kernelSyscalls, custom, apis, files, sha256 };
}
