/**
 * One arch's Berberis data -> one `data/linux/<kernel>/<abi>.json` object (not yet
 * validated; generate() does that). Berberis knows no strace classes, first versions,
 * man pages or source lines: those fields are ["uncategorized"], null, false and null.
 */
import { abiInfo } from "@/lib/abi-info";
import type { AbiFile, AbiId, Syscall, TypeNode, Unresolved } from "@/lib/schema/kernel-api";
import { ABI_OF_ARCH, CUSTOM_FILE, SYSCALLS_FILE, apiFileName, type BerberisArch } from "./arches";
import { convertTypes } from "./convert-types";
import { InputError, jsonPath } from "./json-path";
import type { BerberisInputs } from "./read-inputs";
import { resolveParams, type ParamSource } from "./resolve-params";
import { buildRecords } from "./syscall-records";

export interface BuiltAbi {
  abi: AbiId;
  file: AbiFile;
  unresolved: Unresolved[];
  /** Where each syscall's params came from, by name. */
  paramSources: Map<string, ParamSource>;
}

function checkPointerSize(types: Record<string, TypeNode>, wordBits: number, abi: AbiId, apiFile: string): void {
  for (const [key, node] of Object.entries(types)) {
    if (node.kind === "pointer" && node.size !== wordBits)
      throw new InputError(`${apiFile}: ${jsonPath(["types", key, "size"])}: a ${node.size}-bit pointer, but ${abi} pointers are ${wordBits} bits`);
  }
}

export function buildAbiFile(arch: BerberisArch, inputs: BerberisInputs, kernel: string): BuiltAbi {
  const abi = ABI_OF_ARCH[arch];
  const info = abiInfo(abi);
  const apiFile = apiFileName(arch);
  const api = inputs.apis.get(arch);
  if (!api) throw new InputError(`${apiFile}: not read`);
  const converted = convertTypes(api);
  if ("errors" in converted) throw new InputError(converted.errors.slice(0, 20).map((line) => `${apiFile}: ${line}`).join("\n"));
  const { types } = converted;
  checkPointerSize(types, info.wordBits, abi, apiFile);

  const { records, orphans } = buildRecords(arch, inputs.kernelSyscalls, inputs.custom);
  const unresolved: Unresolved[] = orphans.map((o) => ({ abi, ...o }));
  const paramSources = new Map<string, ParamSource>();
  const syscalls = records.map((record): Syscall => {
    const resolved = resolveParams(record, api, types, info.wordBits, apiFile);
    paramSources.set(record.name, resolved.source);
    unresolved.push(...resolved.unresolved.map((u) => ({ abi, name: record.name, ...u })));
    const notes = [...resolved.notes, ...record.notes];
    return {
      nr: record.nr,
      name: record.name,
      tableAbi: null,
      entry: record.entry,
      compatEntry: null,
      implemented: record.entry !== "sys_ni_syscall",
      params: resolved.params,
      returnType: resolved.returnType,
      source: null,
      categories: ["uncategorized"],
      since: null,
      man: false,
      ...(notes.length ? { notes } : {}),
    };
  });
  const files = [SYSCALLS_FILE, apiFile, ...(inputs.custom ? [CUSTOM_FILE] : [])];
  const file: AbiFile = {
    schemaVersion: 1,
    kernel,
    abi,
    arch: info.arch,
    wordBits: info.wordBits,
    source: { kind: "berberis", arch, files },
    syscalls,
    types,
  };
  return { abi, file, unresolved, paramSources };
}
