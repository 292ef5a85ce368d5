/**
 * Reads the data directory for the command line: lists kernels, picks the default one,
 * and loads per-ABI files through the shared schema (errors name the file and field).
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { abiFileSchema, formatSchemaError, kernelIdSchema, manifestSchema, type AbiFile, type AbiId, type KernelId } from "@/lib/schema/kernel-api";

export class DataError extends Error {}

export interface KernelEntry {
  kernel: KernelId;
  preview: boolean;
}

const kernelOrder = (x: KernelId, y: KernelId) => {
  const [xa = 0, xb = 0] = x.split(".").map(Number);
  const [ya = 0, yb = 0] = y.split(".").map(Number);
  return xa - ya || xb - yb;
};

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new DataError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Kernels under `<data>/linux/`, oldest first; `preview` from the manifest when there is one. */
export async function listKernels(dataDir: string): Promise<KernelEntry[]> {
  const root = path.join(dataDir, "linux");
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    throw new DataError(`${root}: no such data directory`);
  }
  const kernels = names.filter((n) => kernelIdSchema.safeParse(n).success).sort(kernelOrder);
  const out: KernelEntry[] = [];
  for (const kernel of kernels) {
    const file = path.join(root, kernel, "manifest.json");
    const present = await readdir(path.join(root, kernel)).then((f) => f.includes("manifest.json"), () => false);
    if (!present) {
      out.push({ kernel, preview: false });
      continue;
    }
    const parsed = manifestSchema.safeParse(await readJson(file));
    if (!parsed.success) throw new DataError(formatSchemaError(file, parsed.error));
    out.push({ kernel, preview: parsed.data.preview });
  }
  return out;
}

export async function defaultKernel(dataDir: string): Promise<KernelId> {
  const stable = (await listKernels(dataDir)).filter((k) => !k.preview);
  const newest = stable[stable.length - 1];
  if (!newest) throw new DataError(`${path.join(dataDir, "linux")}: no non-preview kernel found`);
  return newest.kernel;
}

export async function loadAbiFile(dataDir: string, kernel: KernelId, abi: AbiId): Promise<AbiFile> {
  const dir = path.join(dataDir, "linux", kernel);
  const file = path.join(dir, `${abi}.json`);
  const available = await readdir(dir).catch(() => null);
  if (available === null) throw new DataError(`${dir}: no data for kernel ${kernel}`);
  if (!available.includes(`${abi}.json`)) {
    const abis = available.filter((f) => f.endsWith(".json") && f !== "manifest.json").map((f) => f.slice(0, -5));
    throw new DataError(`${file}: no ${abi} data for kernel ${kernel} (available: ${abis.join(", ") || "none"})`);
  }
  const parsed = abiFileSchema.safeParse(await readJson(file));
  if (!parsed.success) throw new DataError(formatSchemaError(file, parsed.error));
  if (parsed.data.kernel !== kernel) throw new DataError(`${file}: kernel: "${parsed.data.kernel}" but the file sits under ${kernel}`);
  if (parsed.data.abi !== abi) throw new DataError(`${file}: abi: "${parsed.data.abi}" but the file is named ${abi}.json`);
  return parsed.data;
}
