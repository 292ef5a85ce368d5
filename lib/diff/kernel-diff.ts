/**
 * One ABI between two kernels: which syscalls were added, removed, renumbered,
 * re-signatured (parameter count, types or sizes) or moved to another entry point.
 * Types compare by `canonicalType`: a spelling-only change (`unsigned` -> `unsigned int`,
 * an added `const`) is no new signature; parameter names are not compared.
 * A number reserved for sys_ni_syscall counts as absent. Pure; rows sorted by name.
 */
import { abiInfo } from "@/lib/abi-info";
import type { AbiFile, Param } from "@/lib/schema/kernel-api";
import { compareNames } from "./abi-diff";
import { sideView } from "./side-view";
import { canonicalType } from "./type-spelling";
import { KERNEL_CHANGE_KINDS, type KernelChangeKind, type KernelDiff, type KernelSyscallChange } from "./types";

/** Type text with spacing normalised, so "char __user*" and "char __user *" compare equal. */
const normType = (t: string) => t.replace(/\s*\*\s*/g, " * ").replace(/\s+/g, " ").trim();
const showParams = (ps: readonly Param[]) => `(${ps.map((p) => `${normType(p.type)}${p.size === null ? "" : ` [${p.size}]`}`).join(", ")})`;

function signatureChange(from: readonly Param[] | null, to: readonly Param[] | null): string | null {
  if (!from || !to) return null;
  const same =
    from.length === to.length &&
    from.every((p, i) => {
      const q = to[i];
      return q !== undefined && canonicalType(p.type) === canonicalType(q.type) && p.size === q.size;
    });
  return same ? null : `signature ${showParams(from)} -> ${showParams(to)}`;
}

export function diffKernels(from: AbiFile, to: AbiFile): KernelDiff {
  if (from.abi !== to.abi) throw new Error(`diffKernels: ABIs differ (${from.abi} vs ${to.abi})`);
  const info = abiInfo(from.abi);
  const present = (f: AbiFile) => new Map(f.syscalls.filter((s) => s.implemented).map((s) => [s.name, s]));
  const mapFrom = present(from);
  const mapTo = present(to);
  const names = [...new Set([...mapFrom.keys(), ...mapTo.keys()])].sort(compareNames);
  const rows: KernelSyscallChange[] = names.map((name) => {
    const f = mapFrom.get(name);
    const t = mapTo.get(name);
    const changes: KernelChangeKind[] = [];
    const details: string[] = [];
    if (!f) changes.push("added");
    else if (!t) changes.push("removed");
    else {
      if (f.nr !== t.nr) {
        changes.push("renumbered");
        details.push(`number ${f.nr} -> ${t.nr}`);
      }
      const sig = signatureChange(f.params, t.params);
      if (sig) {
        changes.push("resignatured");
        details.push(sig);
      }
      if (f.entry !== t.entry) {
        changes.push("entry-changed");
        details.push(`entry point ${f.entry ?? "(none)"} -> ${t.entry ?? "(none)"}`);
      }
    }
    return { name, changes, from: f ? sideView(info, f) : null, to: t ? sideView(info, t) : null, details };
  });
  const changes = Object.fromEntries(KERNEL_CHANGE_KINDS.map((k) => [k, 0])) as Record<KernelChangeKind, number>;
  for (const row of rows) for (const c of row.changes) changes[c] += 1;
  return {
    abi: from.abi,
    kernelFrom: from.kernel,
    kernelTo: to.kernel,
    rows,
    summary: { total: rows.length, unchanged: rows.filter((r) => r.changes.length === 0).length, changes },
  };
}
