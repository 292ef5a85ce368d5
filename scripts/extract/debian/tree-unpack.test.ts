/**
 * The tar pipeline on small fixture archives: a .deb laid out like linux-source-X.Y (the
 * kernel tarball under usr/src/) and an orig tarball like linux_X.Y.Z.orig.tar.xz give the
 * same tree, with the same directories left out and the same syscall files kept; a
 * stamped tree is reused; a broken archive leaves nothing behind.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTree } from "../test-support/fixture-tree";
import { STAMP, treeName, unpackDebTree, unpackOrigTree } from "./tree-unpack";

const FILES: Record<string, string> = {
  Makefile: "VERSION = 9\nPATCHLEVEL = 9\nSUBLEVEL = 1\n",
  "kernel/sys.c": "SYSCALL_DEFINE0(getpid)\n",
  "arch/x86/tools/relocs.c": "kept: only the top-level tools/ is left out\n",
  "arch/x86/entry/syscalls/syscall_64.tbl": "0\tcommon\tread\tsys_read\n",
  "drivers/char/random.c": "SYSCALL_DEFINE3(getrandom, char __user *, ubuf, size_t, len, unsigned int, flags)\n",
  "drivers/pci/syscall.c": "SYSCALL_DEFINE5(pciconfig_read, ...)\n",
  "drivers/net/loopback.c": "left out\n",
  "Documentation/index.rst": "left out\n",
  "tools/perf/perf.c": "left out\n",
  "sound/core/sound.c": "left out\n",
  "samples/bpf/x.c": "left out\n",
  "firmware/x.bin": "left out\n",
  "LICENSES/preferred/GPL-2.0": "left out\n",
};
const KEPT = ["Makefile", "arch/x86/entry/syscalls/syscall_64.tbl", "arch/x86/tools/relocs.c", "drivers/char/random.c", "drivers/pci/syscall.c", "kernel/sys.c"];

const work = mkdtempSync(join(tmpdir(), "atlas-unpack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `files` under `<top>/` in a tarball at `path` (compression from the name). */
function tarball(path: string, top: string, files: Record<string, string>): string {
  const src = makeTree(Object.fromEntries(Object.entries(files).map(([p, t]) => [`${top}/${p}`, t])));
  execFileSync("tar", ["-caf", path, "-C", src, top]);
  rmSync(src, { recursive: true, force: true });
  return path;
}

function deb(path: string, inner: string): string {
  const root = mkdtempSync(join(work, "debroot-"));
  mkdirSync(join(root, "DEBIAN"));
  writeFileSync(join(root, "DEBIAN/control"), "Package: linux-source-9.9\nVersion: 9.9.1-1\nArchitecture: all\nMaintainer: Test <t@example.org>\nDescription: fixture\n");
  mkdirSync(join(root, "usr/src"), { recursive: true });
  tarball(join(root, "usr/src/linux-source-9.9.tar.xz"), inner, FILES);
  execFileSync("dpkg-deb", ["--root-owner-group", "-Zgzip", "-b", root, path], { stdio: "pipe" });
  return path;
}

const listTree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .filter((p) => p !== STAMP)
    .sort();

describe("kernel tree unpacking", () => {
  const sha = "a".repeat(64);

  it("unpacks a .deb and an orig tarball into the same tree, minus the directories never read", () => {
    const cache = join(work, "cache-same");
    const fromDeb = unpackDebTree(deb(join(work, "linux-source-9.9_9.9.1-1_all.deb"), "linux-source-9.9"), sha, cache);
    const fromOrig = unpackOrigTree(tarball(join(work, "linux_9.9.1.orig.tar.xz"), "linux-9.9.1", FILES), sha, cache);
    expect(fromDeb).toBe(join(cache, "trees/linux-source-9.9_9.9.1-1_all"));
    expect(fromOrig).toBe(join(cache, "trees/linux_9.9.1.orig"));
    expect(listTree(fromDeb)).toEqual(KEPT);
    expect(listTree(fromOrig)).toEqual(KEPT);
    expect(readdirSync(join(cache, "trees")).sort()).toEqual(["linux-source-9.9_9.9.1-1_all", "linux_9.9.1.orig"]);
  });

  it("reuses a stamped tree for the same input hash and unpacks again for another", () => {
    const cache = join(work, "cache-warm");
    const orig = tarball(join(work, "linux_9.9.2.orig.tar.gz"), "linux-9.9.2", FILES);
    const tree = unpackOrigTree(orig, sha, cache);
    writeFileSync(join(tree, "marker"), "");
    expect(unpackOrigTree(orig, sha, cache)).toBe(tree);
    expect(existsSync(join(tree, "marker"))).toBe(true);
    unpackOrigTree(orig, "b".repeat(64), cache);
    expect(existsSync(join(tree, "marker"))).toBe(false);
  });

  it("names the file when the archive is broken or holds no kernel tree, and leaves no tree", () => {
    const cache = join(work, "cache-bad");
    const { Makefile: _, ...noTopMakefile } = FILES;
    const noMakefile = tarball(join(work, "linux_9.9.3.orig.tar.xz"), "linux-9.9.3", noTopMakefile);
    expect(() => unpackOrigTree(noMakefile, sha, cache)).toThrow(`${noMakefile}: unpacked tree has no top-level Makefile`);
    const notXz = join(work, "linux_9.9.4.orig.tar.xz");
    writeFileSync(notXz, "not an archive");
    expect(() => unpackOrigTree(notXz, sha, cache)).toThrow(`unpacking ${notXz} failed`);
    expect(readdirSync(join(cache, "trees"))).toEqual([]);
  });

  it("names trees after their input file", () => {
    expect(treeName("/c/debs/linux-source-7.3_7.3~rc7-1~exp1_all.deb")).toBe("linux-source-7.3_7.3~rc7-1~exp1_all");
    expect(treeName("/c/sources/linux_7.2.8.orig.tar.xz")).toBe("linux_7.2.8.orig");
  });
});
