/**
 * Fetch the Debian part of a source package (`<source>_<version>.debian.tar.xz`, ~2 MB:
 * debian/patches and the series) and its .dsc into `<cacheDir>/sources/`, never the
 * upstream orig tarball. The URIs, sizes and hashes come from `apt-get source --print-uris`
 * through the private deb-src configuration, downloads through apt-helper (apt's transport) (mirrors read from the machine's apt sources,
 * so the index behind them is signed); the .dsc is checked against the index, the tarball
 * against both. A cached pair is reused without any network access.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { sha256File } from "./debian-fetch";
import { execErrorText } from "./exec-error";
import { aptUpdate, createPrivateApt, hasPackageLists, type PrivateApt } from "./private-apt";
import { parseDscChecksums, parsePrintUris, type SourceFile } from "./source-uris";

export interface DebianSourceTar {
  /** Cached path of the .debian.tar.* file. */
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

export async function fetchDebianSourceTar(source: string, version: string, cacheDir: string, etcApt?: string): Promise<DebianSourceTar> {
  if (!/^[a-z0-9][a-z0-9+.-]+$/.test(source)) throw new Error(`not a Debian source package name: "${source}"`);
  if (!/^[0-9A-Za-z.+~:-]+$/.test(version)) throw new Error(`not a Debian version: "${version}"`);
  const dir = join(cacheDir, "sources");
  mkdirSync(dir, { recursive: true });
  const base = `${source}_${version.replace(/^\d+:/, "")}`;
  const dscPath = join(dir, `${base}.dsc`);
  if (!existsSync(dscPath)) {
    const apt = createPrivateApt(cacheDir, etcApt, "deb-src");
    const files = printUris(apt, source, version);
    const dsc = files.find((f) => f.name === `${base}.dsc`);
    if (!dsc) throw new Error(`apt lists no ${base}.dsc for ${source}=${version}: ${files.map((f) => f.name).join(", ")}`);
    const tar = files.find((f) => f.name.startsWith(`${base}.debian.tar.`));
    if (!tar) throw new Error(`${source}=${version} has no ${base}.debian.tar.* (not a 3.0 (quilt) source?)`);
    const tarPath = join(dir, tar.name);
    if (!existsSync(tarPath)) await download(tar, tarPath, apt.options);
    await download(dsc, dscPath, apt.options); // last: a cached .dsc means its tarball is there
  }
  const listed = parseDscChecksums(readFileSync(dscPath, "utf8"), dscPath);
  const [name, want] = [...listed].find(([n]) => n.startsWith(`${base}.debian.tar.`)) ?? [];
  if (!name || !want) throw new Error(`${dscPath}: lists no ${base}.debian.tar.*`);
  const path = join(dir, name);
  if (!existsSync(path)) throw new Error(`${path}: missing from the cache (remove ${dscPath} to fetch both again)`);
  await checkFile(path, want, dscPath);
  return { path, name, sha256: want.sha256 };
}
