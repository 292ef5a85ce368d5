/** Small hand-made ABI files for the engine's tests, parsed through the real schema. */
import { abiInfo } from "@/lib/abi-info";
import { abiFileSchema, type AbiFile, type AbiId, type Syscall, type TypeNode } from "@/lib/schema/kernel-api";

type ParamSpec = readonly [name: string, type: string, size: number | null, typeRef?: string];

export function sys(name: string, nr: number, params: readonly ParamSpec[] | null = [], extra: Partial<Syscall> = {}): Syscall {
  return {
    nr,
    name,
    tableAbi: "common",
    entry: `sys_${name}`,
    compatEntry: null,
    implemented: true,
    params: params && params.map(([n, type, size, typeRef]) => (typeRef ? { name: n, type, size, typeRef } : { name: n, type, size })),
    returnType: "long",
    source: null,
    categories: ["uncategorized"],
    since: null,
    man: true,
    ...extra,
  };
}

export function abiFile(abi: AbiId, syscalls: Syscall[], opts: { kernel?: string; types?: Record<string, TypeNode> } = {}): AbiFile {
  const info = abiInfo(abi);
  return abiFileSchema.parse({
    schemaVersion: 1,
    kernel: opts.kernel ?? "6.12",
    abi,
    arch: info.arch,
    wordBits: info.wordBits,
    source: { kind: "linux", release: `${opts.kernel ?? "6.12"}.1`, tables: ["test"] },
    syscalls,
    ...(opts.types ? { types: opts.types } : {}),
  });
}
