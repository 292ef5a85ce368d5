/**
 * One syscall at one kernel on every ABI: per-ABI facts, and the signatures grouped where
 * ABIs agree (same return type, parameter types and names). Pure.
 */
import { abiInfo, type AbiInfo } from "@/lib/abi-info";
import type { AbiFile, AbiId, Syscall } from "@/lib/schema/kernel-api";
import { paramList, toRowParams, type RowParam } from "./table-row";

export interface SyscallOnAbi {
  abi: AbiId;
  info: AbiInfo;
  syscall: Syscall;
  params: RowParam[] | null;
}

export interface SignatureGroup {
  returnType: string | null;
  params: { name: string; type: string }[] | null;
  abis: AbiId[];
}

export function syscallOnAbis(files: readonly AbiFile[], name: string): SyscallOnAbi[] {
  const out: SyscallOnAbi[] = [];
  for (const f of files) {
    const s = f.syscalls.find((x) => x.name === name);
    if (!s) continue;
    const info = abiInfo(f.abi);
    out.push({ abi: f.abi, info, syscall: s, params: toRowParams(info, s.params) });
  }
  return out;
}

export function groupSignatures(onAbis: readonly SyscallOnAbi[]): SignatureGroup[] {
  const groups = new Map<string, SignatureGroup>();
  for (const o of onAbis) {
    const params = o.syscall.params?.map((p) => ({ name: p.name, type: p.type })) ?? null;
    const key = `${o.syscall.returnType ?? "?"}(${paramList(params)})`;
    const g = groups.get(key);
    if (g) g.abis.push(o.abi);
    else groups.set(key, { returnType: o.syscall.returnType, params, abis: [o.abi] });
  }
  // Groups with a known prototype first, biggest first.
  return [...groups.values()].sort((a, b) => Number(a.params === null) - Number(b.params === null) || b.abis.length - a.abis.length);
}
