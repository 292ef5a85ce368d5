/** Renders ABI and kernel diffs as Markdown reports (for the command line). */
import { KERNEL_CHANGE_KINDS, REASON_KINDS, type AbiDiff, type KernelDiff, type SyscallDiff } from "./types";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const nr = (n: number | undefined) => (n === undefined ? "" : String(n));

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)];
}

const equivalents = (r: SyscallDiff) => r.equivalents.map((e) => `${e.name} (${e.nr}): ${e.reason}`).join("; ") || "none known";

export function renderAbiDiffMarkdown(d: AbiDiff): string {
  const s = d.summary;
  const out: string[] = [`# ${d.abiA} vs ${d.abiB}, Linux ${d.kernel}`, ""];
  out.push(
    ...table(
      ["verdict", "syscalls"],
      [
        ["same", String(s.verdicts.same)],
        ["renumbered", String(s.verdicts.renumbered)],
        ["needs translation", String(s.verdicts["needs-translation"])],
        [`only on ${d.abiA}`, String(s.onlyOnA)],
        [`only on ${d.abiB}`, String(s.onlyOnB)],
      ],
    ),
    "",
    `Reasons: ${REASON_KINDS.map((k) => `${k} ${s.reasons[k]}`).join(", ")}.`,
    `Type layouts behind pointers: ${d.typeLevel ? "compared" : "not compared (no type data)"}. Rows with caveats: ${s.withCaveats}.`,
    "",
  );
  const section = (title: string, rows: SyscallDiff[], header: string[], row: (r: SyscallDiff) => string[]) => {
    if (!rows.length) return;
    out.push(`## ${title} (${rows.length})`, "", ...table(header, rows.map(row)), "");
  };
  const of = (pred: (r: SyscallDiff) => boolean) => d.rows.filter(pred);
  section(`Only on ${d.abiA}`, of((r) => r.presentOn === "a"), ["syscall", d.abiA, `equivalents on ${d.abiB}`], (r) => [r.name, nr(r.a?.nr), equivalents(r)]);
  section(`Only on ${d.abiB}`, of((r) => r.presentOn === "b"), ["syscall", d.abiB, `equivalents on ${d.abiA}`], (r) => [r.name, nr(r.b?.nr), equivalents(r)]);
  section("Needs translation", of((r) => r.verdict === "needs-translation"), ["syscall", d.abiA, d.abiB, "reasons"], (r) => [
    r.name,
    nr(r.a?.nr),
    nr(r.b?.nr),
    r.reasons.map((x) => x.message).join("; "),
  ]);
  section("Renumbered", of((r) => r.verdict === "renumbered"), ["syscall", d.abiA, d.abiB], (r) => [r.name, nr(r.a?.nr), nr(r.b?.nr)]);
  section("Same", of((r) => r.verdict === "same"), ["syscall", "number"], (r) => [r.name, nr(r.a?.nr)]);
  section("Caveats", of((r) => r.caveats.length > 0), ["syscall", "caveat"], (r) => [r.name, r.caveats.join("; ")]);
  return `${out.join("\n").trimEnd()}\n`;
}

export function renderKernelDiffMarkdown(d: KernelDiff): string {
  const s = d.summary;
  const out: string[] = [`# ${d.abi}: Linux ${d.kernelFrom} -> ${d.kernelTo}`, ""];
  out.push(...table(["change", "syscalls"], [...KERNEL_CHANGE_KINDS.map((k) => [k, String(s.changes[k])]), ["unchanged", String(s.unchanged)]]), "");
  const changed = d.rows.filter((r) => r.changes.length);
  if (changed.length)
    out.push(
      "## Changes",
      "",
      ...table(["syscall", "changes", d.kernelFrom, d.kernelTo, "details"], changed.map((r) => [r.name, r.changes.join(", "), nr(r.from?.nr), nr(r.to?.nr), r.details.join("; ")])),
      "",
    );
  return `${out.join("\n").trimEnd()}\n`;
}
