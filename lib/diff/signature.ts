/**
 * Whether a syscall present on both ABIs can be passed through unchanged: same entry
 * point, same number and order of parameters, same size of each, same register layout
 * (64-bit values split or aligned the same way) and, where both sides carry a type graph,
 * the same layout behind each pointer. Everything that differs becomes a reason; what
 * could not be checked becomes a caveat.
 */
import type { LayoutComparer } from "./type-layout";
import type { DiffReason, ParamView, SideView } from "./types";
import { onlyWidthDiffers, wideNote, type WideRegisters } from "./wide-registers";

export interface SignatureInput {
  labelA: string;
  labelB: string;
  a: SideView;
  b: SideView;
  /** Present when both files carry a type graph. */
  layouts: LayoutComparer | null;
  /** Set when an ILP32 side with 64-bit registers enters the same function as the other side. */
  wide?: WideRegisters | null;
}

export interface SignatureResult {
  reasons: DiffReason[];
  caveats: string[];
}

const argLabel = (i: number, p: ParamView) => `arg ${i + 1} (${p.name})`;
const regs = (p: ParamView) => p.registers.join(":");
const POINTER_TO_RECORD = /\b(struct|union)\s+([A-Za-z_][A-Za-z0-9_]*)[^*]*\*/;

function layoutOf(p: ParamView, label: string): string {
  const halves = p.halves ? ` as ${p.halves.join(" and ")}` : "";
  if (p.split) return `split across ${regs(p)}${halves} on ${label}${p.padding ? ` (${p.padding} left unused to align the pair)` : ""}`;
  return `one register (${regs(p)}) on ${label}`;
}

const widthOnly = (w: WideRegisters, a: ParamView, b: ParamView, typesCompared: boolean) =>
  w.narrow === "a" ? onlyWidthDiffers(a, b, typesCompared) : onlyWidthDiffers(b, a, typesCompared);

function compareParams(input: SignatureInput, pa: ParamView[], pb: ParamView[]): SignatureResult {
  const { labelA, labelB } = input;
  const reasons: DiffReason[] = [];
  const caveats: string[] = [];
  if (pa.length !== pb.length) {
    // Different parameter lists: comparing them position by position would compare unlike things.
    const n = (k: number) => `${k} parameter${k === 1 ? "" : "s"}`;
    reasons.push({ kind: "param-count", message: `${n(pa.length)} on ${labelA}, ${n(pb.length)} on ${labelB}` });
    return { reasons, caveats };
  } else {
    const na = pa.map((p) => p.name);
    const nb = pb.map((p) => p.name);
    const sameSet = [...na].sort().join() === [...nb].sort().join();
    if (sameSet && na.join() !== nb.join())
      reasons.push({ kind: "param-order", message: `parameter order (${na.join(", ")}) on ${labelA}, (${nb.join(", ")}) on ${labelB}` });
  }
  const unknownSizes: string[] = [];
  const unchecked = new Set<string>();
  /** Size differences grouped by (size on A, size on B), so a widening reads as one reason. */
  const sizeGroups = new Map<string, { params: number[]; labels: string[]; a: number; b: number }>();
  const laterReasons: DiffReason[] = [];
  const wide = input.wide ?? null;
  let widened = 0;
  const pointeeNote = new Set<number>();
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const a = pa[i];
    const b = pb[i];
    if (!a || !b) continue;
    if (a.size === null || b.size === null) unknownSizes.push(argLabel(i, a));
    else if (a.size !== b.size && wide && widthOnly(wide, a, b, Boolean(input.layouts && a.typeRef && b.typeRef)))
      widened += 1;
    else if (a.size !== b.size) {
      if (wide && a.type.includes("*")) pointeeNote.add(i);
      const key = `${a.size}:${b.size}`;
      const g = sizeGroups.get(key) ?? { params: [], labels: [], a: a.size, b: b.size };
      g.params.push(i);
      g.labels.push(argLabel(i, a));
      sizeGroups.set(key, g);
    }
    if (a.split !== b.split || (a.split && (a.padding !== null) !== (b.padding !== null)))
      laterReasons.push({ kind: "split", params: [i], message: `${argLabel(i, a)}, ${a.type}: ${layoutOf(a, labelA)}; ${layoutOf(b, labelB)}` });
    if (input.layouts && a.typeRef && b.typeRef) {
      const m = input.layouts.compareArgument(a.typeRef, b.typeRef);
      if (m)
        laterReasons.push({ kind: "type-layout", params: [i], message: `${argLabel(i, a)}: ${m.path}: ${m.what} ${m.a} on ${labelA}, ${m.b} on ${labelB}` });
    } else {
      const rec = POINTER_TO_RECORD.exec(a.type) ?? POINTER_TO_RECORD.exec(b.type);
      if (rec) unchecked.add(`${rec[1]} ${rec[2]}`);
    }
  }
  for (const g of sizeGroups.values()) {
    const why = g.params.some((i) => pointeeNote.has(i))
      ? `; same kernel entry, but the pointed-to data may hold pointers or longs, whose size differs (layout not compared: no type data)`
      : "";
    reasons.push({ kind: "param-size", params: g.params, message: `${g.labels.join(", ")}: ${g.a} bytes on ${labelA}, ${g.b} on ${labelB}${why}` });
  }
  if (wide && widened) caveats.push(wideNote(wide, wide.narrow === "a" ? labelB : labelA));
  reasons.push(...laterReasons);
  if (unknownSizes.length) caveats.push(`size unknown for ${unknownSizes.join(", ")}`);
  if (unchecked.size) caveats.push(`layout not compared (no type data): ${[...unchecked].join(", ")}`);
  return { reasons, caveats };
}

export function compareSignatures(input: SignatureInput): SignatureResult {
  const { a, b, labelA, labelB } = input;
  const reasons: DiffReason[] = [];
  const caveats: string[] = [];
  if (a.entry !== b.entry)
    reasons.push({ kind: "entry", message: `entry point ${a.entry ?? "(none)"} on ${labelA}, ${b.entry ?? "(none)"} on ${labelB}` });
  if (!a.params || !b.params) {
    const unknown = [!a.params && labelA, !b.params && labelB].filter(Boolean).join(" and ");
    caveats.push(`parameters unknown on ${unknown}: signature not compared`);
    return { reasons, caveats };
  }
  const params = compareParams(input, a.params, b.params);
  return { reasons: [...reasons, ...params.reasons], caveats: [...caveats, ...params.caveats] };
}
