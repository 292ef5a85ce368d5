/**
 * Real data: undo each kernel's Debian patch series with GNU patch (`patch -R --fuzz=0`,
 * last patch first) on copies of the files it touches, then check that every line the map
 * sends upstream holds the same text there, SYSCALL_DEFINE lines included. The Debian source
 * is fetched on a cold cache; a kernel whose source the mirror does not serve is skipped
 * (the extractor itself fails loudly on it).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPatchSeries } from "../debian/debian-patches";
import { fetchDebianSourceTar } from "../debian/source-fetch";
import { kernelPackage } from "../kernels";
import { CACHE_DIR, TEST_KERNELS, TREE_TIMEOUT, cachedKernelTree } from "../test-support/kernel-tree";
import { createUpstreamLineMap, splitLines, treeReader } from "./upstream-lines";

const DEFINE = /^(COMPAT_)?SYSCALL_DEFINE\d/;

function versionOf(tree: string): string | null {
  return /linux-source-[\d.]+_([^_]+)_all$/.exec(tree)?.[1] ?? null;
}

// A kernel read from a source package's orig tarball has upstream lines: nothing to undo.
const FROM_DEBS = TEST_KERNELS.filter((series) => kernelPackage(series)?.kind !== "source");

describe.each(FROM_DEBS)("Debian patches undone on %s", (series) => {
  const tree = cachedKernelTree(series);
  const version = tree ? versionOf(tree) : null;
  it.skipIf(!tree || !version)("maps every patched line to the same text in the reverse-patched file", async (ctx) => {
    if (!tree || !version) return;
    let tarPath: string;
    try {
      tarPath = (await fetchDebianSourceTar("linux", version, CACHE_DIR)).path;
    } catch (err) {
      if (err instanceof Error && /downloading .* failed/.test(err.message)) {
        console.warn(`linux ${version}: source not served by the mirror, skipped: ${err.message.split("\n")[0]}`);
        ctx.skip();
      }
      throw err;
    }
    const patches = readPatchSeries(tarPath);
    const map = createUpstreamLineMap(treeReader(tree), patches);
    const files = [...map.touched].filter((f) => existsSync(join(tree, f)));
    const work = mkdtempSync(join(tmpdir(), "atlas-unpatch-"));
    try {
      for (const f of files) {
        mkdirSync(dirname(join(work, f)), { recursive: true });
        cpSync(join(tree, f), join(work, f));
      }
      const patchDir = join(work, ".patches");
      for (const p of [...patches].reverse()) {
        const file = join(patchDir, p.name);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, p.text, "latin1");
        const r = spawnSync("/usr/bin/patch", ["-R", `-p${p.strip}`, "--fuzz=0", "--batch", "--no-backup-if-mismatch", "-r", "-", "-d", work, "-i", file], { encoding: "utf8" });
        // Only files left out of the unpacked tree (drivers/, tools/, ...) may be missing.
        expect(r.stdout, p.name).not.toMatch(/FAILED|Reversed \(or previously applied\)|with fuzz/);
        for (const m of r.stdout.matchAll(/can't find file to patch[\s\S]*?\n\|?(?:diff --git a\/\S+ b\/|\+\+\+ b\/)(\S+)/g)) expect(existsSync(join(tree, m[1] ?? "")), `${p.name}: ${m[1]}`).toBe(false);
      }
      let lines = 0;
      let defines = 0;
      let moved = 0;
      const unpatched = new Map<string, string[]>();
      for (const f of files) {
        const debian = splitLines(readFileSync(join(tree, f), "latin1"));
        debian.forEach((text, i) => {
          const up = map.locate(f, i + 1);
          if (up.line === null) return;
          const upstream = unpatched.get(up.file) ?? splitLines(readFileSync(join(work, up.file), "latin1"));
          unpatched.set(up.file, upstream);
          expect(upstream[up.line - 1], `${f}:${i + 1} -> ${up.file}:${up.line}`).toBe(text);
          lines++;
          if (DEFINE.test(text)) {
            defines++;
            if (up.line !== i + 1) moved++;
          }
        });
      }
      console.log(`linux ${version}: ${files.length} files, ${lines} lines checked, ${defines} SYSCALL_DEFINE lines (${moved} moved)`);
      expect(defines).toBeGreaterThan(0);
      expect(moved).toBeGreaterThan(0); // kernel/fork.c at least: Debian adds lines above fork()
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, TREE_TIMEOUT);
});
