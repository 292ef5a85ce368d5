/**
 * The ABI diff: every syscall of two ABIs at one kernel, each with one verdict.
 * - `missing`: implemented on one side only (a number reserved for sys_ni_syscall counts
 *   as absent), with the other side's replacements from the equivalence data;
 * - `needs-translation`: on both, but entry point, parameters, register layout or
 *   pointed-to layout differ (reasons say which);
 * - `renumbered`: on both, compatible, different numbers; `same`: nothing differs.
 * Pure: takes parsed files, returns plain data sorted by syscall name.
 */
import { abiInfo } from "@/lib/abi-info";
import type { AbiFile, Syscall } from "@/lib/schema/kernel-api";
import { EQUIVALENCES, type Equivalence } from "./equivalences";
import { equivalentsFor } from "./equivalents-for";
import { sideView } from "./side-view";
import { compareSignatures } from "./signature";
import { summarize } from "./summary";
import { LayoutComparer } from "./type-layout";
import { wideRegisters } from "./wide-registers";
import type { AbiDiff, SyscallDiff, Verdict } from "./types";

export interface DiffOptions {
  equivalences?: readonly Equivalence[];
}

const byName = (file: AbiFile) => new Map(file.syscalls.map((s) => [s.name, s]));
const implementedNrs = (file: AbiFile) =>
  new Map(file.syscalls.filter((s) => s.implemented).map((s) => [s.name, s.nr]));

/** Codepoint order, independent of the locale. */
export const compareNames = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export function diffAbis(a: AbiFile, b: AbiFile, options: DiffOptions = {}): AbiDiff {
  if (a.kernel !== b.kernel) throw new Error(`diffAbis: kernels differ (${a.abi} is ${a.kernel}, ${b.abi} is ${b.kernel})`);
  const table = options.equivalences ?? EQUIVALENCES;
  const infoA = abiInfo(a.abi);
  const infoB = abiInfo(b.abi);
  const mapA = byName(a);
  const mapB = byName(b);
  const presentA = implementedNrs(a);
  const presentB = implementedNrs(b);
  const typeLevel = a.types !== undefined && b.types !== undefined;
  const layouts = a.types && b.types ? new LayoutComparer(a.types, b.types) : null;
  const names = [...new Set([...mapA.keys(), ...mapB.keys()])].sort(compareNames);

  const rows: SyscallDiff[] = [];
  for (const name of names) {
    const sa = mapA.get(name);
    const sb = mapB.get(name);
    const onA = sa?.implemented === true;
    const onB = sb?.implemented === true;
    if (!onA && !onB) continue;
    const viewA = onA && sa ? sideView(infoA, sa) : null;
    const viewB = onB && sb ? sideView(infoB, sb) : null;
    if (!viewA || !viewB) {
      const side = viewA ? "a" : "b";
      const otherLabel = side === "a" ? b.abi : a.abi;
      const reserved: Syscall | undefined = side === "a" ? sb : sa;
      rows.push({
        name,
        verdict: "missing",
        a: viewA,
        b: viewB,
        presentOn: side,
        equivalents: equivalentsFor(name, side === "a" ? presentB : presentA, table),
        reasons: [],
        caveats: reserved ? [`${otherLabel} reserves number ${reserved.nr} for it but does not implement it`] : [],
      });
      continue;
    }
    if (!sa || !sb) continue;
    const { reasons, caveats } = compareSignatures({
      labelA: a.abi,
      labelB: b.abi,
      a: viewA,
      b: viewB,
      layouts,
      wide: wideRegisters(infoA, infoB, viewA, viewB),
    });
    const verdict: Verdict = reasons.length ? "needs-translation" : sa.nr !== sb.nr ? "renumbered" : "same";
    rows.push({ name, verdict, a: viewA, b: viewB, equivalents: [], reasons, caveats });
  }
  return { kernel: a.kernel, abiA: a.abi, abiB: b.abi, typeLevel, rows, summary: summarize(rows) };
}
