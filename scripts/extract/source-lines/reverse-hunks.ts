/**
 * Undo one patch's hunks on one file, the way `patch -R --fuzz=0` does: each hunk's
 * after-side (context and added lines) must appear verbatim in the file, searched from the
 * header's line (shifted by where the previous hunk was found) outward, nearest first, later
 * hunks never before earlier ones. Nothing is assumed from the header numbers alone: a hunk
 * that does not match is an error, never a guess.
 *
 * Returns the file before the patch and, for every line of the file after it, the line it
 * came from (0-based), or null for a line the patch added.
 */
import type { Hunk } from "./unified-diff";

export interface ReverseStep {
  before: string[];
  /** after-line index -> before-line index, null when the patch added that line. */
  origin: (number | null)[];
}

function matchesAt(lines: string[], at: number, want: string[]): boolean {
  if (at < 0 || at + want.length > lines.length) return false;
  for (let k = 0; k < want.length; k++) if (lines[at + k] !== want[k]) return false;
  return true;
}

/** Nearest position >= min where `want` matches, trying expected, +1, -1, +2, -2, ... */
function locate(lines: string[], expected: number, min: number, want: string[]): number | null {
  const last = lines.length - want.length;
  for (let d = 0; expected + d <= last || expected - d >= min; d++) {
    if (expected + d >= min && matchesAt(lines, expected + d, want)) return expected + d;
    if (d > 0 && expected - d >= min && matchesAt(lines, expected - d, want)) return expected - d;
  }
  return null;
}

export function reverseHunks(after: string[], hunks: Hunk[], where: string): ReverseStep {
  const before: string[] = [];
  const origin: (number | null)[] = new Array<number | null>(after.length).fill(null);
  let pos = 0;
  let shift = 0;
  for (const [n, h] of hunks.entries()) {
    const newSide = h.lines.filter((l) => l.op !== "-").map((l) => l.text);
    // A hunk with no after-side lines sits after line newStart (0 = at the top).
    const expected = Math.max(pos, (newSide.length === 0 ? h.newStart : h.newStart - 1) + shift);
    const at = locate(after, expected, pos, newSide);
    if (at === null) throw new Error(`${where}: hunk #${n + 1} (patch line ${h.at}, @@ +${h.newStart},${h.newCount}) does not match the file`);
    for (; pos < at; pos++) {
      origin[pos] = before.length;
      before.push(after[pos] ?? "");
    }
    for (const l of h.lines) {
      if (l.op === "-") before.push(l.text);
      else if (l.op === "+") pos++;
      else {
        origin[pos++] = before.length;
        before.push(l.text);
      }
    }
    shift = at - (newSide.length === 0 ? h.newStart : h.newStart - 1);
  }
  for (; pos < after.length; pos++) {
    origin[pos] = before.length;
    before.push(after[pos] ?? "");
  }
  return { before, origin };
}
