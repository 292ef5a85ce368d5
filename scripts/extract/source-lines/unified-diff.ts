/**
 * Parse a patch (unified diff, as written by diff -u, quilt or git format-patch) into the
 * files it changes and their hunks. Hunk bodies are read by the counts in the `@@` header,
 * so text after a hunk (a mail signature such as "-- ", git's version trailer) is never
 * taken for a removed or added line.
 */
export type HunkOp = " " | "-" | "+";

export interface HunkLine {
  op: HunkOp;
  text: string;
}

export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  lines: HunkLine[];
  /** 1-based line of the `@@` header in the patch. */
  at: number;
}

export interface FileDiff {
  /** Path before the patch (leading components stripped); null when the patch creates the file. */
  oldPath: string | null;
  /** Path after the patch; null when the patch deletes the file. */
  newPath: string | null;
  hunks: Hunk[];
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

function stripPath(raw: string, strip: number, where: string): string | null {
  const name = raw.replace(/\t.*$/, "").trim();
  if (name === "/dev/null") return null;
  const parts = name.split("/").filter(Boolean);
  if (parts.length <= strip) throw new Error(`${where}: cannot strip ${strip} components from "${name}"`);
  return parts.slice(strip).join("/");
}

export function parseUnifiedDiff(text: string, strip: number, where = "patch"): FileDiff[] {
  const lines = text.split("\n");
  const files: FileDiff[] = [];
  // A git rename without content changes has no ---/+++ header: keep it from its own lines.
  const rename: { from: string | null; to: string | null } = { from: null, to: null };
  const flushRename = (): void => {
    if (rename.from && rename.to) files.push({ oldPath: rename.from, newPath: rename.to, hunks: [] });
    rename.from = rename.to = null;
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (line.startsWith("diff ")) flushRename();
    const rf = /^rename from (.+)$/.exec(line);
    if (rf) rename.from = rf[1] ?? null;
    const rt = /^rename to (.+)$/.exec(line);
    if (rt) rename.to = rt[1] ?? null;
    if (line.startsWith("--- ") && (lines[i + 1] ?? "").startsWith("+++ ")) {
      rename.from = rename.to = null;
      const here = `${where}:${i + 1}`;
      const file: FileDiff = { oldPath: stripPath(line.slice(4), strip, here), newPath: stripPath((lines[i + 1] ?? "").slice(4), strip, `${where}:${i + 2}`), hunks: [] };
      files.push(file);
      i += 2;
      while (i < lines.length) {
        const m = HUNK.exec(lines[i] ?? "");
        if (!m) break;
        const hunk: Hunk = { oldStart: Number(m[1]), oldCount: m[2] === undefined ? 1 : Number(m[2]), newStart: Number(m[3]), newCount: m[4] === undefined ? 1 : Number(m[4]), lines: [], at: i + 1 };
        let oldLeft = hunk.oldCount;
        let newLeft = hunk.newCount;
        i++;
        while (oldLeft > 0 || newLeft > 0) {
          if (i >= lines.length) throw new Error(`${where}:${hunk.at}: hunk ends early (${oldLeft} old and ${newLeft} new lines missing)`);
          const body = lines[i] ?? "";
          i++;
          if (body.startsWith("\\")) continue; // "\ No newline at end of file"
          // An empty line inside a hunk is an empty context line (some tools drop the space).
          const op = (body === "" ? " " : body[0]) as string;
          if (op !== " " && op !== "-" && op !== "+") throw new Error(`${where}:${i}: unexpected line inside a hunk: ${JSON.stringify(body.slice(0, 60))}`);
          if (op !== "+") oldLeft--;
          if (op !== "-") newLeft--;
          if (oldLeft < 0 || newLeft < 0) throw new Error(`${where}:${i}: hunk at line ${hunk.at} has more lines than its header says`);
          hunk.lines.push({ op, text: body.slice(1) });
        }
        while ((lines[i] ?? "").startsWith("\\")) i++;
        file.hunks.push(hunk);
      }
      continue;
    }
    i++;
  }
  flushRename();
  return files;
}
