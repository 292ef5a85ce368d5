/**
 * A copyable assembly template for one syscall on one ABI: load the number register, the
 * argument registers (values left as <placeholders>), then the trap instruction. Register
 * names and traps come from lib/abi-info; the load mnemonics below are per architecture and
 * chosen so the lines assemble with that architecture's GNU as once the <placeholders> are
 * replaced (x86 is written in Intel syntax, trap included).
 * Pure; client-safe.
 */
import type { AbiInfo } from "@/lib/abi-info";
import type { RowParam } from "./table-row";

interface Dialect {
  comment: string;
  /** Said in the first line, e.g. the syntax the lines are written in. */
  syntax?: string;
  /** Load an immediate or placeholder into a register (the ABI decides the width where it matters). */
  load: (reg: string, value: string, info: AbiInfo) => string;
  /** Load the syscall number when it needs more than `load` (e.g. a literal pool). */
  loadNr?: (reg: string, nr: number) => { line: string; tail: string[] };
  /** The trap as this dialect spells it (default: lib/abi-info's text). */
  trap?: (info: AbiInfo) => string;
}

const pct = (r: string) => `%${r}`;
/** SuperH: `mov #imm, rN` takes an 8-bit signed immediate; larger numbers come from a literal pool. */
const shNr = (r: string, nr: number) =>
  nr >= -128 && nr <= 127
    ? { line: `mov #${nr}, ${r}`, tail: [] }
    : { line: `mov.l 1f, ${r}`, tail: ["\t.align 2", `1:\t.long ${nr}\t! literal pool for the mov.l above: keep it out of the execution path`] };

const dialects: Record<string, Dialect> = {
  x86: {
    comment: "#",
    syntax: "GNU as, Intel syntax (.intel_syntax noprefix)",
    load: (r, v) => `mov ${r}, ${v}`,
    trap: (info) => info.trap.replace(/^int \$(\w+)$/, "int $1"),
  },
  arm64: { comment: "//", load: (r, v) => `mov ${r}, ${/^\d/.test(v) ? "#" : ""}${v}` },
  arm: { comment: "@", load: (r, v) => `ldr ${r}, =${v}` },
  riscv: { comment: "#", load: (r, v) => `li ${r}, ${v}` },
  loongarch: { comment: "#", load: (r, v, info) => `${info.wordBits === 32 ? "li.w" : "li.d"} $${r}, ${v}` },
  mips: { comment: "#", load: (r, v) => `li $${r}, ${v}` },
  // GNU as takes bare r0..r31 only with -mregnames; %r0 always.
  powerpc: { comment: "#", load: (r, v) => `li ${pct(r)}, ${v}` },
  // lgfi (32-bit signed immediate into a 64-bit register) is z/Architecture only; the 31-bit ABI gets lhi (16-bit signed).
  s390: { comment: "#", load: (r, v, info) => `${info.wordBits === 64 ? "lgfi" : "lhi"} ${pct(r)}, ${v}` },
  sparc: { comment: "!", load: (r, v) => `set ${v}, ${pct(r)}` },
  alpha: { comment: "#", load: (r, v) => `ldiq $${r}, ${v}` },
  parisc: { comment: ";", load: (r, v) => `ldil L%${v}, ${pct(r)}\n\tldo R%${v}(${pct(r)}), ${pct(r)}` },
  m68k: { comment: "|", load: (r, v) => `move.l #${v}, ${pct(r)}` },
  sh: { comment: "!", load: (r, v) => `mov #${v}, ${r}`, loadNr: shNr },
  // movi: 12-bit signed immediate (the assembler turns a larger one into an l32r literal).
  xtensa: { comment: "#", load: (r, v) => `movi ${r}, ${v}` },
  // movi: 16-bit signed immediate.
  nios2: { comment: "#", load: (r, v) => `movi ${r}, ${v}` },
  // trap0 is ARCompact (ARC700); ARCv2 (HS) cores spell the same trap trap_s 0.
  arc: { comment: "#", load: (r, v) => `mov ${r}, ${v}`, trap: (info) => `${info.trap}${info.trap === "trap0" ? "\t# ARC700; on ARCv2 (HS): trap_s 0" : ""}` },
  microblaze: { comment: "#", load: (r, v) => `addik ${r}, r0, ${v}` },
  // l.ori: 16-bit unsigned immediate (syscall numbers are far below 0x10000).
  openrisc: { comment: "#", load: (r, v) => `l.ori ${r}, r0, ${v}` },
  hexagon: { comment: "//", load: (r, v) => `${r} = #${v}` },
  // movi: 16-bit unsigned immediate (C-SKY ABIv2).
  csky: { comment: "#", load: (r, v) => `movi ${r}, ${v}` },
};
const generic: Dialect = { comment: "#", load: (r, v) => `li ${r}, ${v}` };

function halfLabel(info: AbiInfo, part: number, parts: number): string {
  if (parts !== 2) return ` word ${part}`;
  const lowFirst = info.endian === "little";
  return (part === 0) === lowFirst ? " low 32 bits" : " high 32 bits";
}

export function asmSnippet(info: AbiInfo, name: string, nr: number, params: readonly RowParam[] | null): string {
  const d = dialects[info.arch] ?? generic;
  const c = d.comment;
  const args = params === null ? "arguments unknown" : `${params.length} argument(s)`;
  const lines = [`${c} ${name} on ${info.label}: ${args}${d.syntax ? `; ${d.syntax}` : ""}`];
  const nrLoad = d.loadNr ? d.loadNr(info.nrRegister, nr) : { line: d.load(info.nrRegister, String(nr), info), tail: [] };
  lines.push(`\t${nrLoad.line}\t${c} syscall number`);
  for (const p of params ?? []) {
    if (p.pad) lines.push(`\t${c} ${p.pad} unused (64-bit pair alignment)`);
    p.regs.forEach((reg, i) => {
      const label = `<${p.name}${p.regs.length > 1 ? halfLabel(info, i, p.regs.length) : ""}>`;
      if (reg.startsWith("stack")) lines.push(`\t${c} ${label} goes on the stack (${reg})`);
      else lines.push(`\t${d.load(reg, label, info)}\t${c} ${p.type} ${p.name}`);
    });
  }
  lines.push(`\t${d.trap ? d.trap(info) : info.trap}`);
  lines.push(`\t${c} result in ${info.returnRegister}; errors: ${info.errors}`);
  lines.push(...nrLoad.tail);
  return lines.join("\n");
}

/** "long openat(int dfd /* rdi *\/, ...)" -- a C prototype with registers as comments. */
export function signatureWithRegisters(name: string, returnType: string | null, params: readonly RowParam[] | null): string {
  const ret = returnType ?? "long";
  if (params === null) return `${ret} ${name}(/* parameters unknown */);`;
  if (params.length === 0) return `${ret} ${name}(void);`;
  const args = params.map((p) => `${p.type}${p.type.endsWith("*") ? "" : " "}${p.name} /* ${p.regs.join(":")} */`);
  return `${ret} ${name}(${args.join(", ")});`;
}
