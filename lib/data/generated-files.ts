/**
 * Reads what scripts/build-data wrote into `generated/` and validates it again with the
 * shared schemas (a page never renders unvalidated data). Server/build only: uses fs.
 * Results are cached per process, so each file is read and parsed once per build worker.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { abiFileSchema, formatSchemaError, type AbiFile, type AbiId } from "@/lib/schema/kernel-api";
import { siteIndexSchema, type SiteIndex } from "./site-index-schema";

export function generatedDir(): string {
  return process.env.ATLAS_GENERATED_DIR ?? path.join(process.cwd(), "generated");
}

export function siteIndexPath(): string {
  return path.join(generatedDir(), "site.json");
}

export function abiFilePath(kernel: string, abi: AbiId): string {
  return path.join(generatedDir(), "linux", kernel, `${abi}.json`);
}

function readValidated<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: cannot read generated data (run \`npm run build:data\`): ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(formatSchemaError(file, parsed.error));
  return parsed.data;
}

let siteIndex: SiteIndex | null = null;
const abiFiles = new Map<string, AbiFile>();

export function readSiteIndex(): SiteIndex {
  siteIndex ??= readValidated(siteIndexPath(), siteIndexSchema);
  return siteIndex;
}

export function readAbiFile(kernel: string, abi: AbiId): AbiFile {
  const file = abiFilePath(kernel, abi);
  let data = abiFiles.get(file);
  if (!data) {
    data = readValidated(file, abiFileSchema);
    abiFiles.set(file, data);
  }
  return data;
}
