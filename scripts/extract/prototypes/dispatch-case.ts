/**
 * Private calls multiplexed by one C function that reads the saved registers itself,
 * e.g. ARM's `arm_syscall(int no, struct pt_regs *regs)`:
 *
 *     case NR(cacheflush):
 *         return do_cache_op(regs->ARM_r0, regs->ARM_r1, regs->ARM_r2);
 *
 * The `case` for the call's name is read: registers handed to a function become that
 * function's parameters (names and types as its prototype writes them), in register
 * order; a case that uses no register, or only returns r0 unchanged, takes none.
 * Anything else is left unresolved, with the reason.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { matchBracket, splitTopLevel, stripComments } from "./c-text";
import { parseCParams, type Endian, type RawParam } from "./params";
import type { Definition } from "./scan-tree";

const REG = /^regs\s*->\s*(?:ARM_r(\d+)|u?regs\s*\[\s*(\d+)\s*\])$/;
const REG_ANY = /regs\s*->\s*(?:ARM_r\d+|u?regs\s*\[\s*\d+\s*\])/g;

export interface DispatchResult {
  params: RawParam[];
  note: string;
}

export function readDispatchCase(
  treeRoot: string,
  def: Definition,
  name: string,
  endian: Endian,
  findFunction: (fn: string) => Definition | null,
): DispatchResult | string {
  const code = stripComments(readFileSync(join(treeRoot, def.file), "latin1"));
  const lines = code.split("\n");
  const start = lines.slice(0, def.line - 1).join("\n").length;
  const open = code.indexOf("{", start);
  const close = open < 0 ? -1 : matchBracket(code, open);
  if (close < 0) return `cannot find the body of ${def.symbol}`;
  const body = code.slice(open, close);
  const esc = name.replace(/\W/g, "");
  const label = new RegExp(`\\bcase\\s+[^:]*\\b${esc}\\b[^:]*:`).exec(body);
  if (!label) return `${def.symbol} has no case for ${name}`;
  const rest = body.slice(label.index + label[0].length);
  const end = /\bcase\b[^:]*:|\bdefault\s*:/.exec(rest);
  const text = end ? rest.slice(0, end.index) : rest;

  const uses = [...text.matchAll(REG_ANY)].length;
  const passed: { reg: number; param: RawParam; fn: string }[] = [];
  for (const m of text.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) {
    const fn = m[1] ?? "";
    const openAt = (m.index ?? 0) + m[0].length - 1;
    const closeAt = matchBracket(text, openAt);
    if (closeAt < 0) continue;
    const args = splitTopLevel(text.slice(openAt + 1, closeAt));
    const regs = args.map((a) => REG.exec(a)).map((r) => (r ? Number(r[1] ?? r[2]) : null));
    if (regs.every((r) => r === null)) continue;
    const callee = findFunction(fn);
    if (!callee) return `${name}: ${fn}() takes the registers but its prototype was not found`;
    const cparams = parseCParams(callee.args, endian);
    if (typeof cparams === "string") return `${name}: ${fn}(): ${cparams}`;
    regs.forEach((r, i) => {
      const p = cparams[i];
      if (r !== null && p && !passed.some((x) => x.reg === r)) passed.push({ reg: r, param: p, fn });
    });
  }
  const returnsR0 = [...text.matchAll(/\breturn\s+regs\s*->\s*(?:ARM_r0|u?regs\s*\[\s*0\s*\])\s*;/g)].length;
  const mapped = passed.length;
  if (uses !== mapped + returnsR0 && !(mapped === 0 && uses === returnsR0))
    return `${name}: the case in ${def.symbol} uses the registers in a way that cannot be read as a prototype`;
  passed.sort((a, b) => a.reg - b.reg);
  if (passed.some((p, i) => p.reg !== i)) return `${name}: the case in ${def.symbol} skips argument registers`;
  const where = `${def.file}:${def.line}`;
  return {
    params: passed.map((p) => p.param),
    note: passed.length
      ? `${name} is a case of ${def.symbol} (${where}) that passes the argument registers to ${[...new Set(passed.map((p) => `${p.fn}()`))].join(", ")}; parameters as that prototype names them`
      : `${name} is a case of ${def.symbol} (${where}) that reads no argument registers`,
  };
}
