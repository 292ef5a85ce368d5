/**
 * Fetch parts of a Debian source package into `<cacheDir>/sources/`: its .dsc plus the
 * Debian tarball (`<source>_<version>.debian.tar.*`, ~2 MB: debian/patches and the series)
 * and/or the upstream tarball (`<source>_<upstream>.orig.tar.*`, ~160 MB for linux), only
 * the parts asked for. The URIs, sizes and hashes come from `apt-get source --print-uris`
 * through the private deb-src configuration (mirrors read from the machine's apt sources,
 * so the index behind them is signed); downloads go through apt-helper (apt's transport).
 * Every file is checked against the index when downloaded and against the .dsc's
 * Checksums-Sha256 on every use. Cached files are reused without any network access.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { sha256File } from "./debian-fetch";
import { execErrorText } from "./exec-error";
import { aptUpdate, createPrivateApt, hasPackageLists, type PrivateApt } from "./private-apt";
import { fileVersion, parseDscChecksums, parsePrintUris, sourcePartName, type SourceFile, type SourcePart } from "./source-uris";

export interface SourcePartFile {
  /** Cached path of the file. */
  path: string;
  name: string;
  sha256: string;
}

async function checkFile(path: string, want: { size: number; sha256: string }, what: string): Promise<void> {
  const size = statSync(path).size;
  if (size !== want.size) throw new Error(`${path}: ${size} bytes, ${what} says ${want.size}`);
  const sha = await sha256File(path);
  if (sha !== want.sha256) throw new Error(`${path}: sha256 ${sha}, ${what} says ${want.sha256}`);
}

function printUris(apt: PrivateApt, source: string, version: string): SourceFile[] {
  const run = (): SourceFile[] => {
    const out = execFileSync("apt-get", [...apt.options, "-q", "source", "--only-source", "--print-uris", `${source}=${version}`], {
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    const files = parsePrintUris(out);
    if (files.length === 0) throw new Error(`apt-get source --print-uris ${source}=${version} listed no files`);
    return files;
  };
  if (!hasPackageLists(apt, "Sources")) aptUpdate(apt);
  try {
    return run();
  } catch {
    aptUpdate(apt); // stale lists: refresh once, then report apt's own words
    try {
      return run();
    } catch (err) {
      throw new Error(`apt-get source --print-uris ${source}=${version} failed: ${execErrorText(err)}`);
    }
  }
}

/** Download through apt's own transport (its proxy and mirror settings apply), then check. */
async function download(file: SourceFile, dest: string, options: string[]): Promise<void> {
  const tmp = `${dest}.part`;
  try {
    try {
      execFileSync("/usr/lib/apt/apt-helper", [...options, "-o", "APT::Sandbox::User=root", "download-file", file.uri, tmp, `SHA256:${file.sha256}`], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
    } catch (err) {
      throw new Error(`downloading ${file.uri} failed: ${execErrorText(err)}`);
    }
    await checkFile(tmp, file, "the apt Sources index");
    renameSync(tmp, dest);
  } finally {
    rmSync(tmp, { force: true });
  }
}

function checkNames(source: string, version: string): void {
  if (!/^[a-z0-9][a-z0-9+.-]+$/.test(source)) throw new Error(`not a Debian source package name: "${source}"`);
  if (!/^[0-9A-Za-z.+~:-]+$/.test(version)) throw new Error(`not a Debian version: "${version}"`);
}

/** True when the .dsc and every file of `parts` it lists are in the cache. */
function allCached(dir: string, dscPath: string, source: string, version: string, parts: readonly SourcePart[]): boolean {
  if (!existsSync(dscPath)) return false;
  const listed = parseDscChecksums(readFileSync(dscPath, "utf8"), dscPath);
  return parts.every((p) => existsSync(join(dir, sourcePartName(listed.keys(), source, version, p, dscPath))));
}

/** Download the .dsc and whichever of `parts` the cache lacks, each checked against the index. */
async function downloadParts(
  cacheDir: string,
  dscPath: string,
  source: string,
  version: string,
  parts: readonly SourcePart[],
  etcApt: string | undefined,
): Promise<void> {
  const apt = createPrivateApt(cacheDir, etcApt, "deb-src");
  const dir = join(cacheDir, "sources");
  const files = printUris(apt, source, version);
  const where = `apt-get source --print-uris ${source}=${version}`;
  const dscName = `${source}_${fileVersion(version)}.dsc`;
  const dsc = files.find((f) => f.name === dscName);
  if (!dsc) throw new Error(`${where}: lists no ${dscName}: ${files.map((f) => f.name).join(", ")}`);
  if (existsSync(dscPath)) await checkFile(dscPath, dsc, "the apt Sources index");
  for (const part of parts) {
    const name = sourcePartName(files.map((f) => f.name), source, version, part, where);
    const file = files.find((f) => f.name === name);
    if (file && !existsSync(join(dir, name))) await download(file, join(dir, name), apt.options);
  }
  if (!existsSync(dscPath)) await download(dsc, dscPath, apt.options);
}

/**
 * The .dsc's verified files for `parts` of `source=version`, fetching what the cache lacks.
 * A cached file whose size or sha256 differs from the .dsc's is an error naming both.
 */
export async function fetchSourcePackage(
  source: string,
  version: string,
  parts: readonly SourcePart[],
  cacheDir: string,
  etcApt?: string,
): Promise<Map<SourcePart, SourcePartFile>> {
  checkNames(source, version);
  const dir = join(cacheDir, "sources");
  mkdirSync(dir, { recursive: true });
  const dscPath = join(dir, `${source}_${fileVersion(version)}.dsc`);
  if (!allCached(dir, dscPath, source, version, parts)) await downloadParts(cacheDir, dscPath, source, version, parts, etcApt);
  const listed = parseDscChecksums(readFileSync(dscPath, "utf8"), dscPath);
  const out = new Map<SourcePart, SourcePartFile>();
  for (const part of parts) {
    const name = sourcePartName(listed.keys(), source, version, part, dscPath);
    const want = listed.get(name);
    const path = join(dir, name);
    if (!want) throw new Error(`${dscPath}: no checksum for ${name}`);
    if (!existsSync(path)) throw new Error(`${path}: missing from the cache`);
    await checkFile(path, want, dscPath);
    out.set(part, { path, name, sha256: want.sha256 });
  }
  return out;
}

async function fetchPart(part: SourcePart, source: string, version: string, cacheDir: string, etcApt?: string): Promise<SourcePartFile> {
  const file = (await fetchSourcePackage(source, version, [part], cacheDir, etcApt)).get(part);
  if (!file) throw new Error(`${source}=${version}: no ${part} tarball`);
  return file;
}

/** The Debian tarball (patch series) of `source=version`. */
export function fetchDebianSourceTar(source: string, version: string, cacheDir: string, etcApt?: string): Promise<SourcePartFile> {
  return fetchPart("debian", source, version, cacheDir, etcApt);
}

/** The upstream (orig) tarball of `source=version`. */
export function fetchOrigTarball(source: string, version: string, cacheDir: string, etcApt?: string): Promise<SourcePartFile> {
  return fetchPart("orig", source, version, cacheDir, etcApt);
}
