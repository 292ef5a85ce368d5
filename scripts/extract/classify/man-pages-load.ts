/**
 * Load the section-2 man pages of Debian's `manpages-dev` package: download the .deb into
 * the cache (through the extractor's private apt), unpack `usr/share/man/man2/` into a
 * temporary directory, read every `*.2` / `*.2.gz` file (symlinks and `.so` stubs become
 * aliases), and build `ManPages`. Section 2const / 2type pages (ioctl and futex operations,
 * types) are not system calls and are left out.
 */
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { downloadDebianPackage } from "../debian/debian-fetch";
import { buildManPages, type ManFile, type ManPages } from "./man-pages";

export const MAN_PACKAGE = "manpages-dev";
const MAN2 = "usr/share/man/man2";

/** "open.2.gz" -> "open"; null for other sections ("FICLONE.2const.gz"). */
export function pageName(file: string): string | null {
  const m = /^(.+)\.2(?:\.gz)?$/.exec(file);
  return m?.[1] ?? null;
}

/** Read a man2 directory into ManFile records. */
export function readMan2Dir(dir: string): ManFile[] {
  const out: ManFile[] = [];
  for (const file of readdirSync(dir).sort()) {
    const name = pageName(file);
    if (name === null) continue;
    const path = join(dir, file);
    if (lstatSync(path).isSymbolicLink()) {
      const target = pageName(basename(readlinkSync(path)));
      if (target !== null) out.push({ name, linkTo: target });
      continue;
    }
    const raw = readFileSync(path);
    out.push({ name, text: (file.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8") });
  }
  return out;
}

/** Unpack the man2 pages of a manpages-dev .deb and build ManPages from them. */
export function manPagesFromDeb(debPath: string, source: ManPages["source"]): ManPages {
  const tmp = mkdtempSync(join(tmpdir(), "atlas-man-"));
  try {
    execFileSync("dpkg-deb", ["-x", debPath, tmp], { stdio: ["ignore", "pipe", "pipe"] });
    const dir = join(tmp, MAN2);
    if (!existsSync(dir)) throw new Error(`${debPath}: no ${MAN2}/ in the package`);
    return buildManPages(readMan2Dir(dir), source);
  } catch (err) {
    throw new Error(`${debPath}: ${(err as Error).message}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Download (or reuse from `cacheDir`) Debian's manpages-dev and load its section 2. */
export async function loadManPages(cacheDir: string): Promise<ManPages> {
  const deb = await downloadDebianPackage(MAN_PACKAGE, cacheDir);
  return manPagesFromDeb(deb.debPath, { package: MAN_PACKAGE, version: deb.version, sha256: deb.sha256 });
}
