/**
 * Unpack a kernel tarball into `<cacheDir>/trees/`, keeping only what the extractor reads.
 * Two kinds of input share one tar pipeline:
 * - a `linux-source-X.Y` .deb: its data.tar (xz or gz, 5.10 uses gz) holds
 *   `usr/src/linux-source-X.Y.tar.xz` (Debian's patched tree), streamed out of it;
 * - a source package's orig tarball (`linux_7.2.8.orig.tar.xz`): upstream's tree.
 * Either way the kernel tarball goes into a second tar that skips the big directories we
 * never read. A finished tree carries a stamp (input sha256 and unpack version); a rerun
 * with the same input reuses it (warm). Unpacking goes to a temp dir renamed into place, so
 * a failed unpack leaves no half tree behind.
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

export const STAMP = ".atlas-unpacked.json";

/** A kernel tarball and how to stream it. */
interface KernelTarball {
  /** The file it comes from (named in errors). */
  file: string;
  /** Shell pipeline writing the tarball to stdout; "$1" is `file`, "$2" is `member`. */
  stream: string;
  member: string;
  /** Its name, for tar's decompression flag. */
  name: string;
}

function compressionFlag(name: string): string {
  if (name.endsWith(".xz")) return "-J";
  if (name.endsWith(".gz")) return "-z";
  if (name.endsWith(".bz2")) return "-j";
  throw new Error(`${name}: not a .tar.xz, .tar.gz or .tar.bz2`);
}

function run(src: KernelTarball, dir: string, tarArgs: string[]): void {
  // $1 = file, $2 = member, $3 = target dir, the rest = tar options and members.
  const script = `set -o pipefail; dir="$3"; { ${src.stream}; } | { shift 3; tar -x ${compressionFlag(src.name)} -f - -C "$dir" --strip-components=1 "$@"; }`;
  try {
    execFileSync("bash", ["-c", script, "unpack", src.file, src.member, dir, ...tarArgs], { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
  } catch (err) {
    throw new Error(`unpacking ${src.file} failed: ${execErrorText(err)}`);
  }
}

/**
 * Unpack (or reuse) `src` into `<cacheDir>/trees/<treeName>`. `sha256` is the input file's
 * hash: the stamp records it, so a different file under the same name is unpacked again.
 */
function unpackTree(src: KernelTarball, treeName: string, sha256: string, cacheDir: string): string {
  const dest = join(cacheDir, "trees", treeName);
  const stampPath = join(dest, STAMP);
  const want = JSON.stringify({ sha256, unpackVersion: UNPACK_VERSION });
  if (existsSync(stampPath) && readFileSync(stampPath, "utf8") === want) return dest;

  mkdirSync(join(cacheDir, "trees"), { recursive: true });
  const tmp = mkdtempSync(join(cacheDir, "trees", ".unpack-"));
  try {
    const excludes = UNPACK_EXCLUDES.map((d) => `--exclude=*/${d}`);
    run(src, tmp, ["--anchored", "--no-wildcards-match-slash", ...excludes]);
    // Second pass for the few syscall definitions that sit inside excluded directories.
    run(src, tmp, ["--wildcards", "--no-wildcards-match-slash", ...UNPACK_EXTRA_FILES.map((f) => `*/${f}`)]);
    if (!existsSync(join(tmp, "Makefile"))) throw new Error(`${src.file}: unpacked tree has no top-level Makefile`);
    writeFileSync(join(tmp, STAMP), want);
    rmSync(dest, { recursive: true, force: true });
    renameSync(tmp, dest);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  return dest;
}

/** The inner tarball's path inside the .deb's data.tar, e.g. `./usr/src/linux-source-6.12.tar.xz`. */
function innerTarball(debPath: string): string {
  const list = execFileSync("dpkg-deb", ["--contents", debPath], { encoding: "utf8", maxBuffer: 16 << 20 });
  const hit = list.split("\n").map((l) => l.split(/\s+/).pop() ?? "").find((p) => /^\.\/usr\/src\/linux-source-[^/]+\.tar\.(xz|gz|bz2)$/.test(p));
  if (!hit) throw new Error(`${debPath}: no usr/src/linux-source-*.tar.* inside the package`);
  return hit;
}

/** Where the tree of a .deb or an orig tarball lives in the cache (one dir per file). */
export function treeName(inputFile: string): string {
  return basename(inputFile).replace(/\.deb$/, "").replace(/\.tar\.(xz|gz|bz2)$/, "");
}

/** The tree inside a `linux-source-X.Y` .deb (Debian's patched tree); `sha256` is the .deb's. */
export function unpackDebTree(debPath: string, sha256: string, cacheDir: string): string {
  const inner = innerTarball(debPath);
  const src = { file: debPath, stream: 'dpkg-deb --fsys-tarfile "$1" | tar -xO "$2"', member: inner, name: inner };
  return unpackTree(src, treeName(debPath), sha256, cacheDir);
}

/** The tree in a source package's orig tarball (upstream's tree); `sha256` is the tarball's. */
export function unpackOrigTree(origPath: string, sha256: string, cacheDir: string): string {
  const src = { file: origPath, stream: 'cat "$1"', member: "", name: origPath };
  return unpackTree(src, treeName(origPath), sha256, cacheDir);
}
