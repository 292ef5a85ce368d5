/**
 * Map a line of a Debian-patched kernel tree back to the upstream tree: undo the patch
 * series file by file, last patch first (reverse-hunks.ts), and follow each line to where
 * it came from. Only files the series touches are read; every other file maps to itself.
 * A line that a Debian patch added has no upstream line: `locate` then says which patch.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { reverseHunks } from "./reverse-hunks";
import { parseUnifiedDiff, type FileDiff } from "./unified-diff";

export interface SeriesPatch {
  /** Name under debian/patches/, e.g. "debian/fanotify-taint.patch". */
  name: string;
  strip: number;
  text: string;
}

export type UpstreamLine = { file: string; line: number } | { file: string; line: null; addedBy: string };

export interface UpstreamLineMap {
  /** The upstream place of 1-based `line` of `file` (a path in the patched tree). */
  locate(file: string, line: number): UpstreamLine;
  /** Paths in the patched tree that some patch changes (created or renamed included). */
  touched: ReadonlySet<string>;
}

interface FileMap {
  upstreamFile: string;
  /** patched 0-based line -> upstream 1-based line, or the patch that added it. */
  lines: (number | string)[];
}

/** Split file text into lines as diff sees them (a final newline ends the last line). */
export function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export function createUpstreamLineMap(readTreeFile: (path: string) => string, series: SeriesPatch[]): UpstreamLineMap {
  const parsed = series.map((p) => ({ name: p.name, files: parseUnifiedDiff(p.text, p.strip, `debian/patches/${p.name}`) }));
  const touched = new Set(parsed.flatMap((p) => p.files.flatMap((f) => (f.newPath ? [f.newPath] : []))));
  const cache = new Map<string, FileMap>();

  function build(file: string): FileMap {
    let current = splitLines(readTreeFile(file));
    let path = file;
    // lines[i]: index in the current (partly unpatched) file, or the patch that added line i.
    const lines: (number | string)[] = current.map((_, i) => i);
    for (let k = parsed.length - 1; k >= 0; k--) {
      const patch = parsed[k];
      if (!patch) continue;
      const diffs: FileDiff[] = patch.files.filter((f) => f.newPath === path).reverse();
      for (const d of diffs) {
        const where = `debian/patches/${patch.name} on ${path}`;
        if (d.oldPath === null) {
          // The patch created the file: nothing of it is upstream.
          for (let i = 0; i < lines.length; i++) if (typeof lines[i] === "number") lines[i] = patch.name;
          return { upstreamFile: path, lines };
        }
        const step = reverseHunks(current, d.hunks, where);
        for (let i = 0; i < lines.length; i++) {
          const at = lines[i];
          if (typeof at !== "number") continue;
          const from = step.origin[at];
          lines[i] = from === null || from === undefined ? patch.name : from;
        }
        current = step.before;
        path = d.oldPath;
      }
    }
    return { upstreamFile: path, lines: lines.map((l) => (typeof l === "number" ? l + 1 : l)) };
  }

  return {
    touched,
    locate(file, line) {
      if (!touched.has(file)) return { file, line };
      let m = cache.get(file);
      if (!m) cache.set(file, (m = build(file)));
      const at = m.lines[line - 1];
      if (at === undefined) throw new Error(`${file}:${line}: past the end of the file (${m.lines.length} lines)`);
      return typeof at === "number" ? { file: m.upstreamFile, line: at } : { file: m.upstreamFile, line: null, addedBy: at };
    },
  };
}

/** Read files from an unpacked tree (as latin1: bytes kept, whatever the encoding), naming a missing file. */
export function treeReader(root: string): (path: string) => string {
  return (path) => {
    const full = join(root, path);
    if (!existsSync(full)) throw new Error(`${full}: file named by a Debian patch is not in the tree`);
    return readFileSync(full, "latin1");
  };
}
