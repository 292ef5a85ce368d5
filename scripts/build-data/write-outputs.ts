/**
 * Writes the generated files without ever leaving a half-written output: every root is
 * first written in full to a sibling temp directory; only when all of them are complete
 * are the old roots swapped out (rename) and removed. A root whose content is unchanged is
 * left alone (its files keep their timestamps).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { OutputFiles } from "./generate";

function rootOf(file: string, roots: readonly string[]): string {
  const root = roots.find((r) => file === r || file.startsWith(`${r}/`));
  if (!root) throw new Error(`${file}: not under any output root (${roots.join(", ")})`);
  return root;
}

function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

function sameContent(dir: string, files: Map<string, string>): boolean {
  const existing = listFiles(dir);
  if (existing.length !== files.size) return false;
  return existing.every((f) => files.has(f) && readFileSync(path.join(dir, f), "utf8") === files.get(f));
}

export interface WriteReport {
  written: string[];
  unchanged: string[];
}

export function writeOutputs(repoRoot: string, files: OutputFiles, roots: readonly string[]): WriteReport {
  const grouped = new Map<string, Map<string, string>>(roots.map((r) => [r, new Map()]));
  for (const [file, content] of files) {
    const root = rootOf(file, roots);
    grouped.get(root)?.set(file.slice(root.length + 1), content);
  }
  const tag = `${process.pid}-${Date.now()}`;
  const staged: { root: string; tmp: string }[] = [];
  const report: WriteReport = { written: [], unchanged: [] };
  let current: string | null = null;
  try {
    for (const [root, rootFiles] of grouped) {
      const target = path.join(repoRoot, root);
      if (sameContent(target, rootFiles)) {
        report.unchanged.push(root);
        continue;
      }
      const tmp = `${target}.tmp-${tag}`;
      current = tmp;
      for (const [rel, content] of rootFiles) {
        const file = path.join(tmp, rel);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
      mkdirSync(tmp, { recursive: true });
      staged.push({ root, tmp });
      current = null;
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { recursive: true, force: true });
    if (current) rmSync(current, { recursive: true, force: true });
    throw e;
  }
  for (const { root, tmp } of staged) {
    const target = path.join(repoRoot, root);
    const old = `${target}.old-${tag}`;
    mkdirSync(path.dirname(target), { recursive: true });
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
    report.written.push(root);
  }
  return report;
}
