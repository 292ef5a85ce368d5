/**
 * Source package files on a warm cache: reused without apt (the fixture apt configuration
 * has no Debian archive, so any attempt to reach the network fails loudly), checked against
 * the cached .dsc, and fetched only for the part the cache lacks.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTree } from "../test-support/fixture-tree";
import { fetchDebianSourceTar, fetchOrigTarball } from "./source-fetch";

const sha = (text: string): string => createHash("sha256").update(text).digest("hex");
const ORIG = "upstream tarball bytes";
const DEBIAN = "debian tarball bytes";

const work = mkdtempSync(join(tmpdir(), "atlas-srcfetch-"));
// No Debian archive here: createPrivateApt refuses, so a test passes only if apt is never needed.
const etcApt = makeTree({ "sources.list": "deb https://thirdparty.example/apt nodistro main\n" });
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(etcApt, { recursive: true, force: true });
});

function dsc(entries: [string, string][]): string {
  const lines = entries.map(([name, text]) => ` ${sha(text)} ${Buffer.byteLength(text)} ${name}`);
  return `Format: 3.0 (quilt)\nSource: linux\nVersion: 9.9.1-1\nChecksums-Sha256:\n${lines.join("\n")}\nFiles:\n 0 0 x\n`;
}

/** A cache dir holding `files` under sources/. */
function cache(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(join(dir, "sources"), { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, "sources", f), text);
  return dir;
}

const full = dsc([
  ["linux_9.9.1.orig.tar.xz", ORIG],
  ["linux_9.9.1-1.debian.tar.xz", DEBIAN],
]);

describe("source package files from the cache", () => {
  it("reuses the cached .dsc and tarballs without apt", async () => {
    const dir = cache("warm", { "linux_9.9.1-1.dsc": full, "linux_9.9.1.orig.tar.xz": ORIG, "linux_9.9.1-1.debian.tar.xz": DEBIAN });
    expect(await fetchOrigTarball("linux", "9.9.1-1", dir, etcApt)).toEqual({
      path: join(dir, "sources/linux_9.9.1.orig.tar.xz"),
      name: "linux_9.9.1.orig.tar.xz",
      sha256: sha(ORIG),
    });
    expect((await fetchDebianSourceTar("linux", "9.9.1-1", dir, etcApt)).sha256).toBe(sha(DEBIAN));
    expect(existsSync(join(dir, "apt-src"))).toBe(false);
  });

  it("needs only the part asked for (a cache with the patch series alone serves it)", async () => {
    const dir = cache("debian-only", { "linux_9.9.1-1.dsc": full, "linux_9.9.1-1.debian.tar.xz": DEBIAN });
    expect((await fetchDebianSourceTar("linux", "9.9.1-1", dir, etcApt)).name).toBe("linux_9.9.1-1.debian.tar.xz");
    // The orig is not cached: only now is apt asked (and the fixture has no archive).
    await expect(fetchOrigTarball("linux", "9.9.1-1", dir, etcApt)).rejects.toThrow(/no Debian archive found in the apt sources/);
  });

  it("refuses a cached tarball that is not the one the .dsc lists, naming both", async () => {
    const bad = ORIG.replace("u", "U"); // same size, other bytes
    const dir = cache("corrupt", { "linux_9.9.1-1.dsc": full, "linux_9.9.1.orig.tar.xz": bad });
    const path = join(dir, "sources/linux_9.9.1.orig.tar.xz");
    await expect(fetchOrigTarball("linux", "9.9.1-1", dir, etcApt)).rejects.toThrow(
      `${path}: sha256 ${sha(bad)}, ${join(dir, "sources/linux_9.9.1-1.dsc")} says ${sha(ORIG)}`,
    );
  });

  it("names the .dsc when it lists no orig tarball", async () => {
    const dir = cache("native", { "linux_9.9.1-1.dsc": dsc([["linux_9.9.1-1.debian.tar.xz", DEBIAN]]) });
    await expect(fetchOrigTarball("linux", "9.9.1-1", dir, etcApt)).rejects.toThrow(
      `${join(dir, "sources/linux_9.9.1-1.dsc")}: lists no linux_9.9.1.orig.tar.* (a native package has none)`,
    );
  });

  it("rejects names that are no Debian package or version before touching anything", async () => {
    await expect(fetchOrigTarball("../linux", "9.9.1-1", work, etcApt)).rejects.toThrow('not a Debian source package name: "../linux"');
    await expect(fetchOrigTarball("linux", "9.9/1", work, etcApt)).rejects.toThrow('not a Debian version: "9.9/1"');
    expect(existsSync(join(work, "sources"))).toBe(false);
  });
});
