/**
 * Unpack the kernel tree out of a `linux-source-X.Y` .deb into `<cacheDir>/trees/`, keeping
 * only what the extractor reads: the outer data.tar (xz or gz, 5.10 uses gz) holds
 * `usr/src/linux-source-X.Y.tar.xz`, which is streamed into a second tar that skips the big
 * directories we never read. A finished tree carries a stamp; a rerun with the same .deb
 * reuses it (warm). Unpacking goes to a temp dir renamed into place, so a failed unpack
 * leaves no half tree behind.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { execErrorText } from "./exec-error";

/** Bump when the set of unpacked paths changes, so old cached trees are redone. */
export const UNPACK_VERSION = 1;

/** Top-level directories left out (anchored at the tree root: `arch/x86/tools` is kept). */
export const UNPACK_EXCLUDES = ["drivers", "Documentation", "sound", "samples", "firmware", "tools", "LICENSES"];

/** Files inside excluded directories that define system calls (prototypes live there). */
export const UNPACK_EXTRA_FILES = ["drivers/char/random.c", "drivers/pci/syscall.c"];

const STAMP = ".atlas-unpacked.json";

function run(script: string, args: string[]): void {
  try {
    execFileSync("bash", ["-o", "pipefail", "-c", script, "unpack", ...args], { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
  } catch (err) {
    throw new Error(`unpacking failed: ${execErrorText(err)}`);
  }
}

/** The inner tarball's path inside the .deb's data.tar, e.g. `./usr/src/linux-source-6.12.tar.xz`. */
function innerTarball(debPath: string): string {
  const list = execFileSync("dpkg-deb", ["--contents", debPath], { encoding: "utf8", maxBuffer: 16 << 20 });
  const hit = list.split("\n").map((l) => l.split(/\s+/).pop() ?? "").find((p) => /^\.\/usr\/src\/linux-source-[^/]+\.tar\.(xz|gz|bz2)$/.test(p));
  if (!hit) throw new Error(`${debPath}: no usr/src/linux-source-*.tar.* inside the package`);
  return hit;
}

/** Where the tree for this .deb lives in the cache (one dir per package version). */
export function treeDirFor(debPath: string, cacheDir: string): string {
  return join(cacheDir, "trees", basename(debPath).replace(/\.deb$/, ""));
}

/**
 * Unpack (or reuse) the tree. `sha256` is the .deb's hash: the stamp records it, so a
 * different .deb under the same name is unpacked again.
 */
export function unpackKernelTree(debPath: string, sha256: string, cacheDir: string): string {
  const dest = treeDirFor(debPath, cacheDir);
  const stampPath = join(dest, STAMP);
  const want = JSON.stringify({ sha256, unpackVersion: UNPACK_VERSION });
  if (existsSync(stampPath) && readFileSync(stampPath, "utf8") === want) return dest;

  const inner = innerTarball(debPath);
  mkdirSync(join(cacheDir, "trees"), { recursive: true });
  const tmp = mkdtempSync(join(cacheDir, "trees", ".unpack-"));
  try {
    const excludes = UNPACK_EXCLUDES.map((d) => `--exclude=*/${d}`);
    const z = inner.endsWith(".xz") ? "-J" : inner.endsWith(".gz") ? "-z" : "-j";
    // $1 = .deb, $2 = inner tarball, $3 = target dir, the rest = tar options and members.
    const pipeline = `deb="$1" inner="$2" dir="$3"; shift 3; dpkg-deb --fsys-tarfile "$deb" | tar -xO "$inner" | tar -x ${z} -f - -C "$dir" --strip-components=1 "$@"`;
    run(pipeline, [debPath, inner, tmp, "--anchored", "--no-wildcards-match-slash", ...excludes]);
    // Second pass for the few syscall definitions that sit inside excluded directories.
    run(pipeline, [debPath, inner, tmp, "--wildcards", "--no-wildcards-match-slash", ...UNPACK_EXTRA_FILES.map((f) => `*/${f}`)]);
    if (!existsSync(join(tmp, "Makefile"))) throw new Error(`${debPath}: unpacked tree has no top-level Makefile`);
    writeFileSync(join(tmp, STAMP), want);
    rmSync(dest, { recursive: true, force: true });
    renameSync(tmp, dest);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  return dest;
}
