/**
 * Turns a chosen definition into the schema's parameters for one ABI: parses the
 * parameter text and sizes each type. Entry points that receive the saved registers
 * (`struct pt_regs *`) have no C prototype of their user arguments; only an arch's own
 * signal-return, fork and vfork functions are taken to mean "no user arguments" (alpha's
 * sigreturn, for one, does take a pointer, so a generic declaration proves nothing).
 */
import type { Param } from "@/lib/schema/kernel-api";
import { readDispatchCase } from "./dispatch-case";
import { parseCParams, parseDefineArgs, type RawParam } from "./params";
import type { Definition } from "./scan-tree";
import { sizeOfType } from "./type-size";
import type { AbiState } from "./types";

const KERNEL_ONLY = /^struct (pt_regs|switch_stack) \*$/;

export function buildPrototype(treeRoot: string, def: Definition, s: AbiState, name: string): { params: Param[]; returnType: string; notes: string[] } | string {
  const raw = def.kind === "macro" ? parseDefineArgs(def.args, def.count, s.cfg.endian) : parseCParams(def.args, s.cfg.endian);
  if (typeof raw === "string") return raw;
  let list: RawParam[] = Array.isArray(raw) ? raw : raw.params;
  const notes: string[] = [];
  if (list.some((p) => KERNEL_ONLY.test(p.type))) {
    const types = list.map((p) => p.type).join(", ");
    const archOwn = def.file.startsWith(`arch/${s.cfg.arch}/`);
    const noArgs = archOwn && /^((rt_)?sigreturn|fork|vfork)$/.test(name);
    const failure = `${def.symbol} takes ${types} and reads its arguments from the saved registers; no prototype of the user arguments`;
    if (noArgs) {
      notes.push(`${def.symbol} takes ${types}: the kernel reads the saved user registers itself; no user arguments`);
      list = [];
    } else {
      // A multiplexer (ARM's arm_syscall): read the case for this call.
      if (!archOwn || !def.file.endsWith(".c")) return failure;
      const d = readDispatchCase(treeRoot, def, name, s.cfg.endian, (fn) => s.findFunction(fn, def.file));
      if (typeof d === "string") return /has no case/.test(d) ? failure : d;
      notes.push(d.note);
      list = d.params;
    }
  }
  const params: Param[] = list.map((p) => {
    const r = sizeOfType(p.type, { wordBits: s.cfg.wordBits, lookup: s.types });
    if (r.size === null) notes.push(`size of ${p.name} unknown: ${r.reason}`);
    return { name: p.name, type: p.type, size: r.size };
  });
  return { params, returnType: def.returnType, notes };
}
