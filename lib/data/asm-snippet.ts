/**
 * A copyable assembly template for one syscall on one ABI: load the number register, the
 * argument registers (values left as <placeholders>), then the trap instruction. Register
 * names and traps come from lib/abi-info; the load mnemonics below are per architecture.
 * Pure; client-safe.
 */
import type { AbiInfo } from "@/lib/abi-info";
import type { RowParam } from "./table-row";

interface Dialect {
  comment: string;
  /** Load an immediate or placeholder into a register (the ABI decides the width where it matters). */
  load: (reg: string, value: string, info: AbiInfo) => string;
}

const pct = (r: string) => `%${r}`;
const dialects: Record<string, Dialect> = {
  x86: { comment: "#", load: (r, v) => `mov ${r}, ${v}` }, // GNU as, .intel_syntax noprefix
  arm64: { comment: "//", load: (r, v) => `mov ${r}, ${/^\d/.test(v) ? "#" : ""}${v}` },
  arm: { comment: "@", load: (r, v) => `ldr ${r}, =${v}` },
  riscv: { comment: "#", load: (r, v) => `li ${r}, ${v}` },
  loongarch: { comment: "#", load: (r, v, info) => `${info.wordBits === 32 ? "li.w" : "li.d"} $${r}, ${v}` },
  mips: { comment: "#", load: (r, v) => `li $${r}, ${v}` },
  powerpc: { comment: "#", load: (r, v) => `li ${r}, ${v}` },
  s390: { comment: "#", load: (r, v) => `lgfi ${pct(r)}, ${v}` },
  sparc: { comment: "!", load: (r, v) => `set ${v}, ${pct(r)}` },
  alpha: { comment: "#", load: (r, v) => `ldiq $${r}, ${v}` },
  parisc: { comment: ";", load: (r, v) => `ldil L%${v}, ${pct(r)}\n\tldo R%${v}(${pct(r)}), ${pct(r)}` },
  m68k: { comment: "|", load: (r, v) => `move.l #${v}, ${pct(r)}` },
  sh: { comment: "!", load: (r, v) => `mov.l =${v}, ${r}` },
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
  const lines = [`${c} ${name} on ${info.label}: ${params === null ? "arguments unknown" : `${params.length} argument(s)`}`];
  lines.push(`\t${d.load(info.nrRegister, String(nr), info)}\t${c} syscall number`);
  for (const p of params ?? []) {
    if (p.pad) lines.push(`\t${c} ${p.pad} unused (64-bit pair alignment)`);
    p.regs.forEach((reg, i) => {
      const label = `<${p.name}${p.regs.length > 1 ? halfLabel(info, i, p.regs.length) : ""}>`;
      if (reg.startsWith("stack")) lines.push(`\t${c} ${label} goes on the stack (${reg})`);
      else lines.push(`\t${d.load(reg, label, info)}\t${c} ${p.type} ${p.name}`);
    });
  }
  lines.push(`\t${info.trap}`);
  lines.push(`\t${c} result in ${info.returnRegister}; errors: ${info.errors}`);
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
