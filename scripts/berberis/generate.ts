/**
 * Berberis kernel API import, pure part: parsed inputs -> per-ABI files + manifest, each
 * validated with the shared schema (an invalid result is a bug or bad input: it throws,
 * naming the output file and field).
 *
 * Output layout = our `data/` layout: linux/<kernel>/<abi>.json + linux/<kernel>/manifest.json.
 * Type graphs keep DWARF sizes and field offsets in BITS; `params[].size` is in BYTES.
 */
import { ABI_IDS, abiFileSchema, formatSchemaError, manifestSchema, type AbiFile, type AbiId, type Manifest } from "@/lib/schema/kernel-api";
import { buildAbiFile } from "./build-abi-file";
import type { BerberisInputs } from "./read-inputs";
import type { ParamSource } from "./resolve-params";

export const IMPORTER_VERSION = "berberis-import/1";

export interface GenerateOptions {
  /** Kernel series id, e.g. "6.1". */
  kernel: string;
  /** How the import was run, for the manifest. */
  command: string;
}

export interface GenerateResult {
  files: { abi: AbiId; name: string; data: AbiFile }[];
  manifest: Manifest;
  paramSources: Map<AbiId, Map<string, ParamSource>>;
}

export function generate(inputs: BerberisInputs, options: GenerateOptions): GenerateResult {
  const built = [...inputs.apis.keys()]
    .map((arch) => buildAbiFile(arch, inputs, options.kernel))
    .sort((a, b) => ABI_IDS.indexOf(a.abi) - ABI_IDS.indexOf(b.abi));
  const files = built.map(({ abi, file }) => {
    const name = `${abi}.json`;
    const parsed = abiFileSchema.safeParse(file);
    if (!parsed.success) throw new Error(formatSchemaError(`linux/${options.kernel}/${name}`, parsed.error));
    return { abi, name, data: parsed.data };
  });
  const manifest = manifestSchema.safeParse({
    schemaVersion: 1,
    kernel: options.kernel,
    release: options.kernel,
    preview: false,
    input: { package: "berberis", version: null, sha256: inputs.sha256 },
    extractor: { version: IMPORTER_VERSION, command: options.command },
    abis: files.map(({ abi, name, data }) => ({
      abi,
      file: name,
      syscalls: data.syscalls.length,
      implemented: data.syscalls.filter((s) => s.implemented).length,
      withParams: data.syscalls.filter((s) => s.params !== null).length,
    })),
    unresolved: built.flatMap((b) => b.unresolved),
    notes: [
      `Berberis import: the files give no kernel release; "${options.kernel}" is the --kernel id`,
      "categories, since, man and source are placeholders: Berberis has no strace classes, first versions, man pages or source lines",
      "type graphs keep DWARF sizes and field offsets in bits; params[].size is in bytes; DWARF has no parameter names (arg0, arg1, ...)",
    ],
  });
  if (!manifest.success) throw new Error(formatSchemaError(`linux/${options.kernel}/manifest.json`, manifest.error));
  return { files, manifest: manifest.data, paramSources: new Map(built.map((b) => [b.abi, b.paramSources])) };
}
