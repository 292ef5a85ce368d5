/**
 * Some entry points take a 64-bit value as two explicit 32-bit halves (i386's
 * `sys_ia32_pread64(..., u32 poslo, u32 poshi)`, `compat_arg_u64(len)` = `len_lo, len_hi`),
 * sometimes after an explicit padding argument (`__pad`, `__dummy`). On the wire that is
 * the same as one 64-bit argument split across two registers, so for comparison the halves
 * are shown as one split argument named after their common stem, keeping the registers
 * the data assigned (nothing is re-derived).
 */
import type { ParamView } from "./types";

const LO = /^(.*?)_?(lo|low)$/;
const HI = /^(.*?)_?(hi|high)$/;
const PAD = /^_*(pad\d*|dummy|unused\d*)$/i;

function halfOf(p: ParamView): { stem: string; half: "lo" | "hi" } | null {
  if (p.size !== null && p.size !== 4) return null;
  const lo = LO.exec(p.name);
  if (lo?.[1]) return { stem: lo[1], half: "lo" };
  const hi = HI.exec(p.name);
  if (hi?.[1]) return { stem: hi[1], half: "hi" };
  return null;
}

export function mergeHalves(params: readonly ParamView[]): ParamView[] {
  const out: ParamView[] = [];
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    if (!p) continue;
    const first = halfOf(p);
    const next = params[i + 1];
    const second = next ? halfOf(next) : null;
    if (next && first && second && first.stem === second.stem && first.half !== second.half) {
      const prev = out[out.length - 1];
      const pad = prev && PAD.test(prev.name) && !prev.split ? out.pop() : undefined;
      out.push({
        name: first.stem,
        type: `u64 as ${p.name}, ${next.name}`,
        size: 8,
        registers: [...p.registers, ...next.registers],
        split: true,
        padding: pad?.registers[0] ?? p.padding,
        halves: [p.name, next.name],
      });
      i += 1;
    } else out.push(p);
  }
  return out;
}
