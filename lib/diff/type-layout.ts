/**
 * Compares two DWARF-derived type graphs (the Berberis `types` format, sizes and offsets
 * in bits) for binary layout: a value of type `refA` on ABI A can be handed to ABI B as
 * `refB` unchanged only if kinds, sizes, alignments and field offsets agree, recursively
 * through pointers, structs, unions, arrays and function signatures. Qualifiers
 * (const/volatile) do not change layout and are looked through. Signedness is not layout.
 *
 * Cycles (a struct pointing to itself) are handled coinductively: a pair already being
 * compared further up is assumed to match; a mismatch anywhere still reaches the root.
 */
import type { TypeNode } from "@/lib/schema/kernel-api";

export type TypeGraph = Readonly<Record<string, TypeNode>>;

export interface LayoutMismatch {
  /** Where it differs, from the compared type down, e.g. "struct stat.st_size". */
  path: string;
  /** What differs: "size", "offset", "alignment", "kind", "field count", "parameters", "missing type". */
  what: string;
  a: string;
  b: string;
}

const bits = (n: number): string => (n % 8 === 0 ? `${n / 8} bytes` : `${n} bits`);

type Resolved = { name: string; node: TypeNode } | { name: string; node: null };

function resolve(graph: TypeGraph, name: string): Resolved {
  let current = name;
  for (let hops = 0; hops < 64; hops++) {
    const node = graph[current];
    if (!node) return { name: current, node: null };
    if (node.kind !== "const" && node.kind !== "volatile") return { name: current, node };
    current = node.base;
  }
  return { name: current, node: null };
}

const nested = (m: LayoutMismatch | null, step: string): LayoutMismatch | null =>
  m && { ...m, path: `${step} → ${m.path}` };

/** Anonymous DWARF function types ("func #49") have arbitrary numbers. */
const anonymous = (name: string) => name.replace(/^func #\d+/, "function");
/** One name when both sides agree, "a / b" when they name different types. */
const pairName = (a: string, b: string) => (anonymous(a) === anonymous(b) ? anonymous(a) : `${anonymous(a)} / ${anonymous(b)}`);

const scalar = (n: TypeNode) => n.kind === "int" || n.kind === "char" || n.kind === "enum" || n.kind === "float";

/** Compares layouts; a fresh comparer per root keeps coinductive assumptions local. */
export class LayoutComparer {
  /** Mismatches never depend on assumptions, so they are cached across roots. */
  private readonly failures = new Map<string, LayoutMismatch>();

  constructor(
    private readonly graphA: TypeGraph,
    private readonly graphB: TypeGraph,
  ) {}

  compare(refA: string, refB: string): LayoutMismatch | null {
    return this.walk(refA, refB, new Set<string>());
  }

  /**
   * For a syscall argument: the value itself travels in a register, whose width the
   * parameter sizes already cover, so compare what a pointer points to (and aggregates
   * passed by value), not the pointer's or a scalar's own size.
   */
  compareArgument(refA: string, refB: string): LayoutMismatch | null {
    const ra = resolve(this.graphA, refA);
    const rb = resolve(this.graphB, refB);
    if (ra.node?.kind === "pointer" && rb.node?.kind === "pointer")
      return nested(this.walk(ra.node.pointee, rb.node.pointee, new Set<string>()), pairName(ra.name, rb.name));
    if (ra.node && rb.node && scalar(ra.node) && scalar(rb.node)) return null;
    return this.compare(refA, refB);
  }

  private walk(refA: string, refB: string, assumed: Set<string>): LayoutMismatch | null {
    const key = `${refA}\u0000${refB}`;
    const failed = this.failures.get(key);
    if (failed) return failed;
    if (assumed.has(key)) return null;
    assumed.add(key);
    const found = this.compareNodes(refA, refB, assumed);
    if (found) this.failures.set(key, found);
    return found;
  }

  private compareNodes(refA: string, refB: string, assumed: Set<string>): LayoutMismatch | null {
    const ra = resolve(this.graphA, refA);
    const rb = resolve(this.graphB, refB);
    const here = pairName(ra.name, rb.name);
    if (!ra.node || !rb.node)
      return { path: here, what: "missing type", a: ra.node ? ra.name : `${ra.name} (not in type data)`, b: rb.node ? rb.name : `${rb.name} (not in type data)` };
    const a = ra.node;
    const b = rb.node;
    if (a.kind === "incomplete" || b.kind === "incomplete") {
      // Opaque on both sides (void, an undefined struct): nothing to compare.
      if (a.kind === b.kind) return null;
      return { path: here, what: "kind", a: a.kind, b: b.kind };
    }
    if (scalar(a) && scalar(b)) return this.sizeAndAlign(here, a, b);
    if (a.kind !== b.kind) {
      // A union on one side (e.g. sa_data became a union with a flexible array) has the
      // other side's layout when one of its members does and the sizes agree.
      if (this.unionMemberMatches(a, rb.name, b, "a", assumed) || this.unionMemberMatches(b, ra.name, a, "b", assumed)) return null;
      return { path: here, what: "kind", a: `${a.kind} ${ra.name}`, b: `${b.kind} ${rb.name}` };
    }

    switch (a.kind) {
      case "pointer": {
        if (b.kind !== "pointer") break;
        const size = this.sizeAndAlign(here, a, b);
        if (size) return size;
        return nested(this.walk(a.pointee, b.pointee, assumed), here);
      }
      case "array": {
        if (b.kind !== "array") break;
        if (!a.incomplete && !b.incomplete && a.size !== b.size) return { path: here, what: "size", a: bits(a.size), b: bits(b.size) };
        return nested(this.walk(a.element, b.element, assumed), here);
      }
      case "struct":
      case "union": {
        if (b.kind !== "struct" && b.kind !== "union") break;
        return this.compareRecord(here, a, b, assumed);
      }
      case "function": {
        if (b.kind !== "function") break;
        if (a.params.length !== b.params.length || a.variadic !== b.variadic)
          return { path: here, what: "parameters", a: `${a.params.length}${a.variadic ? "+..." : ""}`, b: `${b.params.length}${b.variadic ? "+..." : ""}` };
        const ret = this.walk(a.returnType, b.returnType, assumed);
        if (ret) return nested(ret, `${here} (return)`);
        for (let i = 0; i < a.params.length; i++) {
          const m = this.walk(a.params[i] ?? "", b.params[i] ?? "", assumed);
          if (m) return nested(m, `${here} (arg ${i})`);
        }
        return null;
      }
      default:
        break;
    }
    return null;
  }

  private unionMemberMatches(u: TypeNode, otherName: string, other: TypeNode, side: "a" | "b", assumed: Set<string>): boolean {
    if (u.kind !== "union" || !("size" in other) || other.size !== u.size) return false;
    return u.fields.some((f) => f.offset === 0 && (side === "a" ? this.walk(f.type, otherName, assumed) : this.walk(otherName, f.type, assumed)) === null);
  }

  private compareRecord(
    here: string,
    a: Extract<TypeNode, { kind: "struct" | "union" }>,
    b: Extract<TypeNode, { kind: "struct" | "union" }>,
    assumed: Set<string>,
  ): LayoutMismatch | null {
    const n = Math.max(a.fields.length, b.fields.length);
    for (let i = 0; i < n; i++) {
      const fa = a.fields[i];
      const fb = b.fields[i];
      if (!fa || !fb) {
        const name = (fa ?? fb)?.name || "(anonymous)";
        return { path: `${here}.${name}`, what: "field", a: fa ? `${fa.name} at ${bits(fa.offset)}` : "absent", b: fb ? `${fb.name} at ${bits(fb.offset)}` : "absent" };
      }
      const label = `${here}.${fa.name || "(anonymous)"}`;
      const m = fa.offset !== fb.offset ? null : this.walk(fa.type, fb.type, assumed);
      if (fa.offset === fb.offset && !m) continue;
      // Different members in the same position: name both rather than compare unlike things.
      if (fa.name !== fb.name)
        return { path: label, what: "field", a: `${fa.name || "(anonymous)"} (${fa.type}) at ${bits(fa.offset)}`, b: `${fb.name || "(anonymous)"} (${fb.type}) at ${bits(fb.offset)}` };
      if (m) return nested(m, label);
      return { path: label, what: "offset", a: bits(fa.offset), b: bits(fb.offset) };
    }
    return this.sizeAndAlign(here, a, b);
  }

  private sizeAndAlign(here: string, a: { size: number; align?: number }, b: { size: number; align?: number }): LayoutMismatch | null {
    if (a.size !== b.size) return { path: here, what: "size", a: bits(a.size), b: bits(b.size) };
    if (a.align !== undefined && b.align !== undefined && a.align !== b.align)
      return { path: here, what: "alignment", a: bits(a.align), b: bits(b.align) };
    return null;
  }
}
