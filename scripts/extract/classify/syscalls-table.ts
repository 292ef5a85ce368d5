/**
 * Parse the "System call / Kernel / Notes" table of syscalls(2) (man-pages roff + tbl).
 *
 * Rows look like `\f[B]openat\f[](2)\t2.6.16` or, when a cell spans lines, use tbl text
 * blocks: `T{\n.BR accept (2)\nT}\t2.0\tT{\nSee notes on ...\nT}`. Commented-out rows
 * (`.\" ...`) are skipped. Pure: text in, rows out.
 */
import { isPlausibleRelease, parseVersion, compareVersions } from "./kernel-version";
import { isComment, lineText } from "./roff";

export interface SyscallsTableRow {
  name: string;
  /** The Kernel cell as written ("2.6.16", "2.6; 2.4.18", "" when empty). */
  kernel: string;
  notes: string;
  /** The release the call first appeared in, per the rules below; null if none is usable. */
  version: string | null;
  /** Later per-architecture appearances named in the notes ("x86 since 4.12" -> {x86: "4.12"}). */
  archSince: Record<string, string>;
}

/** Split the body of the first .TS/.TE block into rows of cells (text blocks joined). */
export function tblRows(source: string): string[][] {
  const lines = source.split("\n");
  const start = lines.findIndex((l) => l.startsWith(".TS"));
  if (start < 0) throw new Error("syscalls(2): no table (.TS) found");
  let i = start + 1;
  // Options line (ends with ';') and format lines; the format ends with a line ending in '.'.
  while (i < lines.length && !/\.\s*$/.test(lines[i] ?? "")) i++;
  i++;
  const rows: string[][] = [];
  // `block` collects the lines of an open T{ ... T} text block.
  const st: { cells: string[]; block: string[] | null } = { cells: [], block: null };
  const endRow = (): void => {
    rows.push(st.cells);
    st.cells = [];
  };
  const addCells = (text: string): void => {
    const parts = text.split("\t");
    parts.forEach((part, j) => {
      if (part === "T{" && j === parts.length - 1) st.block = [];
      else st.cells.push(lineText(part).trim());
    });
    if (!st.block) endRow();
  };
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.startsWith(".TE")) break;
    if (isComment(line)) continue;
    if (st.block) {
      if (!line.startsWith("T}")) {
        st.block.push(line);
        continue;
      }
      st.cells.push(st.block.map(lineText).filter(Boolean).join(" ").trim());
      st.block = null;
      const rest = line.slice(2);
      if (rest === "") endRow();
      else addCells(rest.replace(/^\t/, ""));
      continue;
    }
    if (/^\s*$/.test(line) || /^[_=-]+$/.test(line.trim())) continue;
    addCells(line);
  }
  return rows;
}

/**
 * The first release from a Kernel cell. Several versions ("2.6; 2.4.18", "2.0.36; 2.2")
 * mean the call appeared in one series and was backported to the other: the lowest is the
 * earliest release that had it. An empty cell means 1.0 or earlier, except when the notes
 * say the call was added under another name ('Added as "pread" in 2.2'). Versions that name
 * no real release (typos such as "2.4.116", ARM patch levels such as "2.4.8.1") give null.
 */
export function firstVersion(kernel: string, notes: string): string | null {
  if (kernel.trim() === "") {
    const added = /Added as "[^"]+" in (\d+\.\d+(?:\.\d+)?)/.exec(notes);
    if (added) return added[1] ?? null;
    return /renamed|added/i.test(notes) ? null : "1.0";
  }
  const versions = kernel.split(/[;,]/).map((s) => s.trim());
  if (!versions.every(isPlausibleRelease)) return null;
  const sorted = versions.sort((a, b) => compareVersions(parseVersion(a) ?? [], parseVersion(b) ?? []));
  return sorted[0] ?? null;
}

/** "x86_64, x86 since 4.12" -> { x86: "4.12" }. Unknown shapes give {}. */
export function archSinceFromNotes(notes: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of notes.matchAll(/([A-Za-z0-9_/-]+) since (\d+\.\d+(?:\.\d+)?)/g)) {
    const arch = m[1] ?? "";
    const version = m[2] ?? "";
    // "Deprecated (does nothing) since 2.6" is about the call, not an architecture.
    if (/^(deprecated|nothing\)?|removed)$/i.test(arch) || !isPlausibleRelease(version)) continue;
    out[arch] = version;
  }
  return out;
}

export function parseSyscallsTable(source: string): Map<string, SyscallsTableRow> {
  const out = new Map<string, SyscallsTableRow>();
  for (const cells of tblRows(source)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\(2\)$/.exec(cells[0] ?? "");
    if (!m || !m[1]) continue; // header row, or a cell we cannot read as "name(2)"
    const kernel = cells[1] ?? "";
    const notes = cells.slice(2).join(" ").trim();
    out.set(m[1], { name: m[1], kernel, notes, version: firstVersion(kernel, notes), archSince: archSinceFromNotes(notes) });
  }
  if (out.size === 0) throw new Error("syscalls(2): the table has no rows");
  return out;
}
