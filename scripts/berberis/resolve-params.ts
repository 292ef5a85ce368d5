/**
 * Parameters of one syscall on one arch, in this order of trust:
 *  1. `params` in kernel_syscalls.json: Berberis writes it (always []) after checking the
 *     entry's source prototype takes no arguments. It must win: x86_64's DWARF gives such
 *     calls the syscall wrapper's `struct pt_regs const*` (SYSCALL_DEFINE0), not user args;
 *  2. the DWARF prototype of the entry point (`__do_` + entry, what Berberis itself uses);
 *  3. the DWARF prototype named after the syscall (`__do_sys_<name>`), e.g. i386's
 *     pread64 whose entry is the wrapper sys_ia32_pread64: a generic prototype, noted;
 *     not used for sys_ni_syscall slots (what runs there takes nothing);
 *  4. `params` from custom_syscalls.json (hand-written by Berberis), noted.
 * DWARF has no parameter names: arg0, arg1, ... Sizes are converted from bits to bytes.
 */
import type { Param, TypeNode } from "@/lib/schema/kernel-api";
import { CUSTOM_FILE, SYSCALLS_FILE } from "./arches";
import { own } from "./own";
import type { KernelApi } from "./raw-schema";
import type { SyscallRecord } from "./syscall-records";

export type ParamSource = "kernel-syscalls" | "dwarf-entry" | "dwarf-name" | "custom" | "none";

export interface ResolvedParams {
  params: Param[] | null;
  returnType: string | null;
  source: ParamSource;
  notes: string[];
  /** Parameter sizes that could not be resolved ("size:arg1"), or why there are no params. */
  unresolved: { what: string; reason: string }[];
}

/** Size in bytes of a C or DWARF type name outside the graph (custom params), or null. */
export function sizeOfTypeName(name: string, wordBits: 32 | 64): number | null {
  if (name.endsWith("*")) return wordBits / 8;
  const dwarf = /^(?:unsigned )?(?:int|char)(\d+)$/.exec(name);
  if (dwarf?.[1]) return Number(dwarf[1]) / 8;
  if (name === "int" || name === "unsigned int") return 4;
  if (name === "long" || name === "unsigned long" || name === "size_t") return wordBits / 8;
  return null;
}

function paramsFrom(names: readonly string[], types: Record<string, TypeNode>, wordBits: 32 | 64) {
  const unresolved: ResolvedParams["unresolved"] = [];
  const params = names.map((type, i): Param => {
    const node = own(types, type);
    const bits = node && "size" in node ? node.size : undefined;
    const size = bits !== undefined && bits > 0 && bits % 8 === 0 ? bits / 8 : node ? null : sizeOfTypeName(type, wordBits);
    if (size === null) unresolved.push({ what: `size:arg${i}`, reason: `no size for type ${JSON.stringify(type)}` });
    return { name: `arg${i}`, type, size, ...(node ? { typeRef: type } : {}) };
  });
  return { params, unresolved };
}

function prototype(api: KernelApi, types: Record<string, TypeNode>, symbol: string) {
  const typeName = own(api.symbols, symbol)?.type;
  const fn = typeName === undefined ? undefined : own(types, typeName);
  return fn?.kind === "function" ? fn : undefined;
}

const list = (names: readonly string[]) => `(${names.join(", ")})`;

export function resolveParams(
  record: SyscallRecord,
  api: KernelApi,
  types: Record<string, TypeNode>,
  wordBits: 32 | 64,
  apiFile: string,
): ResolvedParams {
  const entrySymbol = record.entry ? `__do_${record.entry}` : null;
  const nameSymbol = `__do_sys_${record.name}`;
  const candidates: [string, ParamSource][] = [];
  if (entrySymbol) candidates.push([entrySymbol, "dwarf-entry"]);
  if (nameSymbol !== entrySymbol && record.entry !== "sys_ni_syscall") candidates.push([nameSymbol, "dwarf-name"]);
  const found = candidates.map(([symbol, source]) => ({ symbol, source, fn: prototype(api, types, symbol) })).find((c) => c.fn);
  const tried = candidates.map(([symbol]) => symbol).join(" or ") || "prototype";

  if (record.kernelParams) {
    const { params, unresolved } = paramsFrom(record.kernelParams, types, wordBits);
    const notes = [`Berberis: params from ${SYSCALLS_FILE}`];
    if (found?.fn && found.fn.params.join() !== record.kernelParams.join())
      notes.push(`Berberis: the DWARF ${found.symbol} takes ${list(found.fn.params)}${found.fn.params.some((p) => p.includes("pt_regs")) ? ", the syscall wrapper's registers, not user arguments" : ""}`);
    return { params, returnType: null, source: "kernel-syscalls", notes, unresolved };
  }
  if (found?.fn) {
    const { params, unresolved } = paramsFrom(found.fn.params, types, wordBits);
    const notes: string[] = [];
    if (found.source === "dwarf-name") {
      const why = record.entry ? `no DWARF prototype for the entry ${record.entry}, which may take other arguments` : "entry point unknown";
      notes.push(`Berberis: params from ${found.symbol} (${why})`);
    } else if (found.symbol !== nameSymbol) notes.push(`Berberis: params from the DWARF prototype of ${found.symbol}`);
    if (found.fn.params.length === 1 && found.fn.params[0]?.startsWith("struct pt_regs"))
      notes.push("Berberis: the only DWARF parameter is the syscall wrapper's struct pt_regs (a SYSCALL_DEFINE0 on x86_64), not a user argument");
    const custom = record.customParams;
    if (custom && custom.join() !== found.fn.params.join()) notes.push(`Berberis: ${CUSTOM_FILE} gives other params ${list(custom)}`);
    return { params, returnType: found.fn.returnType, source: found.source, notes, unresolved };
  }
  if (record.customParams) {
    const { params, unresolved } = paramsFrom(record.customParams, types, wordBits);
    return { params, returnType: null, source: "custom", notes: [`Berberis: params from ${CUSTOM_FILE} (no ${tried} in ${apiFile})`], unresolved };
  }
  return {
    params: null,
    returnType: null,
    source: "none",
    notes: [],
    unresolved: [{ what: "params", reason: `no ${tried} in ${apiFile}, and no params in ${SYSCALLS_FILE} or ${CUSTOM_FILE}` }],
  };
}
