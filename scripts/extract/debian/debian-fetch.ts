/**
 * Download one Debian binary package (`apt-get download`) through the private apt
 * configuration, into `<cacheDir>/debs/`. A package already there is reused without any
 * network access (warm rerun); pass `{ refresh: true }` to ask apt for the newest candidate.
 *
 * `pkg` is a package name, optionally pinned: `linux-source-6.12` or `linux-source-6.12=6.12.117-1`.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { aptUpdate, createPrivateApt, hasPackageLists } from "./private-apt";
import { execErrorText } from "./exec-error";

export interface DebianPackage {
  debPath: string;
  /** Debian version from the package's control file, e.g. "6.12.117-1". */
  version: string;
  /** sha256 of the .deb, lowercase hex. */
  sha256: string;
}

export interface DownloadOptions {
  refresh?: boolean;
  /** apt configuration root whose sources name the mirrors (tests point it at a fixture). */
  etcApt?: string;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export function debField(debPath: string, field: string): string {
  return execFileSync("dpkg-deb", ["-f", debPath, field], { encoding: "utf8" }).trim();
}

function versionGreater(a: string, b: string): boolean {
  try {
    execFileSync("dpkg", ["--compare-versions", a, "gt", b]);
    return true;
  } catch {
    return false;
  }
}

/** The cached .deb of `name` (highest version if several), or null. */
function findCached(debsDir: string, name: string, version: string | null): { path: string; version: string } | null {
  if (!existsSync(debsDir)) return null;
  let best: { path: string; version: string } | null = null;
  for (const f of readdirSync(debsDir)) {
    if (!f.startsWith(`${name}_`) || !f.endsWith(".deb")) continue;
    const path = join(debsDir, f);
    const v = debField(path, "Version");
    if (debField(path, "Package") !== name) continue;
    if (version !== null && v !== version) continue;
    if (!best || versionGreater(v, best.version)) best = { path, version: v };
  }
  return best;
}

function aptDownload(pkg: string, cacheDir: string, etcApt: string | undefined, into: string): string {
  const apt = createPrivateApt(cacheDir, etcApt);
  if (!hasPackageLists(apt)) aptUpdate(apt);
  const run = (): string => {
    execFileSync("apt-get", [...apt.options, "-q", "download", pkg], { cwd: into, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
    const got = readdirSync(into).filter((f) => f.endsWith(".deb"));
    if (got.length !== 1 || !got[0]) throw new Error(`apt-get download ${pkg} produced ${got.length} .deb files`);
    return join(into, got[0]);
  };
  try {
    return run();
  } catch {
    // Stale or missing lists: refresh once and retry, then report apt's own words.
    aptUpdate(apt);
    try {
      return run();
    } catch (err) {
      throw new Error(`apt-get download ${pkg} failed: ${execErrorText(err)}`);
    }
  }
}

export async function downloadDebianPackage(pkg: string, cacheDir: string, opts: DownloadOptions = {}): Promise<DebianPackage> {
  const [name = "", pinned = null] = pkg.split("=", 2);
  if (!/^[a-z0-9][a-z0-9+.-]+$/.test(name)) throw new Error(`not a Debian package name: "${pkg}"`);
  const debsDir = join(cacheDir, "debs");
  mkdirSync(debsDir, { recursive: true });
  let cached = opts.refresh ? null : findCached(debsDir, name, pinned);
  if (!cached) {
    const tmp = mkdtempSync(join(debsDir, ".download-"));
    try {
      const fetched = aptDownload(pkg, cacheDir, opts.etcApt, tmp);
      const version = debField(fetched, "Version");
      const dest = join(debsDir, fetched.slice(tmp.length + 1));
      renameSync(fetched, dest);
      cached = { path: dest, version };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  return { debPath: cached.path, version: cached.version, sha256: await sha256File(cached.path) };
}
