/** Small, schema-valid syscall records and ABI files for tests. */
import { vi } from "vitest";
import type { AbiFile, AbiId, Syscall } from "@/lib/schema/kernel-api";

export function syscall(nr: number, name: string, extra: Partial<Syscall> = {}): Syscall {
  return {
    nr,
    name,
    tableAbi: "common",
    entry: `sys_${name}`,
    compatEntry: null,
    implemented: true,
    params: [
      { name: "dfd", type: "int", size: 4 },
      { name: "filename", type: "const char __user *", size: 8 },
    ],
    returnType: "long",
    source: { file: "fs/open.c", line: 1447 },
    categories: ["desc", "file"],
    since: null,
    man: true,
    ...extra,
  };
}

export function abiFile(kernel: string, abi: AbiId, syscalls: Syscall[], wordBits: 32 | 64 = 64): AbiFile {
  return {
    schemaVersion: 1,
    kernel,
    abi,
    arch: "x86",
    wordBits,
    source: { kind: "linux", release: `${kernel}.1`, tables: ["arch/x86/entry/syscalls/syscall_64.tbl"] },
    syscalls,
  };
}

/** `fetch` answers every request with `body` as JSON and this status (undo: vi.unstubAllGlobals). */
export function stubFetch(status: number, body: unknown): void {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(body), { status })));
}
