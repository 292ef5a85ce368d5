/**
 * Replace whole directories at once: every new directory is written in full next to its
 * target first, and only when all are written are they renamed into place (the old ones
 * moved aside, then deleted). Any error before the swap leaves the parent untouched; an
 * error during the swap moves back what was already swapped. Directories whose content
 * would not change are not touched at all.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Modes of what we write: mkdtempSync makes 0700 directories, but data/ is published. */
export const DIR_MODE = 0o755;
export const FILE_MODE = 0o644;

/** Directory name -> file name -> content. */
export type DirContents = Map<string, Map<string, string>>;

function sameContent(dir: string, files: Map<string, string>): boolean {
  if (!existsSync(dir)) return false;
  const present = readdirSync(dir).sort();
  const wanted = [...files.keys()].sort();
  if (present.join("\n") !== wanted.join("\n")) return false;
  return wanted.every((f) => readFileSync(join(dir, f), "utf8") === files.get(f));
}

/** Write `dirs` under `parent`; returns the names of the directories that changed. */
export function writeDirsAtomically(parent: string, dirs: DirContents): string[] {
  mkdirSync(parent, { recursive: true });
  const staged: { name: string; tmp: string }[] = [];
  try {
    for (const [name, files] of dirs) {
      if (sameContent(join(parent, name), files)) continue;
      const tmp = mkdtempSync(join(parent, `.staging-${name}-`));
      staged.push({ name, tmp });
      chmodSync(tmp, DIR_MODE);
      for (const [file, content] of files) {
        if (file.includes("/") || file.startsWith(".")) throw new Error(`refusing to write file name "${file}"`);
        writeFileSync(join(tmp, file), content, { mode: FILE_MODE });
        chmodSync(join(tmp, file), FILE_MODE); // `mode` above is filtered by the umask
      }
    }
  } catch (err) {
    for (const s of staged) rmSync(s.tmp, { recursive: true, force: true });
    throw err;
  }
  const swapped: { target: string; old: string | null; tmp: string }[] = [];
  try {
    for (const s of staged) {
      const target = join(parent, s.name);
      let old: string | null = null;
      if (existsSync(target)) {
        old = `${s.tmp}.old`;
        renameSync(target, old);
      }
      swapped.push({ target, old, tmp: s.tmp });
      renameSync(s.tmp, target);
    }
  } catch (err) {
    for (const s of swapped.reverse()) {
      if (existsSync(s.target) && !existsSync(s.tmp)) renameSync(s.target, s.tmp);
      if (s.old) renameSync(s.old, s.target);
    }
    for (const s of staged) rmSync(s.tmp, { recursive: true, force: true });
    throw err;
  }
  for (const s of swapped) if (s.old) rmSync(s.old, { recursive: true, force: true });
  return staged.map((s) => s.name);
}
