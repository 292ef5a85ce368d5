/**
 * Turn the CLI's `<input>` (input-spec.ts) into a kernel tree: an existing directory is used
 * as is; a binary package (`linux-source-6.12`, optionally `=version`) is downloaded with
 * `apt-get download`, a source package (`linux=7.2.8-1`) as its .dsc and orig tarball, both
 * through the private apt configuration, and unpacked into the cache (reused when warm).
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { downloadDebianPackage } from "./debian/debian-fetch";
import { fetchOrigTarball } from "./debian/source-fetch";
import { unpackDebTree, unpackOrigTree } from "./debian/tree-unpack";
import { parseInputSpec, type InputSpec } from "./input-spec";

export interface ResolvedInput {
  root: string;
  /** "linux-source-6.12" (binary), "linux" (source) or "directory". */
  package: string;
  version: string | null;
  /** sha256 of the file the tree was unpacked from (.deb or orig tarball); null for a directory. */
  sha256: string | null;
  /** The .deb the tree came from (null otherwise). */
  debPath: string | null;
  /** The source package's upstream tarball the tree came from (lines are upstream's). */
  origTarball?: { file: string; sha256: string };
}

/** What `arg` names; throws on a malformed spec (cheap: no download, so callers check early). */
export function inputSpecOf(arg: string): InputSpec {
  return parseInputSpec(arg, existsSync(arg) && statSync(arg).isDirectory());
}

export async function resolveInput(arg: string, cacheDir: string, refresh = false): Promise<ResolvedInput> {
  const spec = inputSpecOf(arg);
  if (spec.kind === "directory") {
    if (!existsSync(resolve(arg, "Makefile"))) throw new Error(`${arg}: not a kernel tree (no top-level Makefile)`);
    return { root: resolve(arg), package: "directory", version: null, sha256: null, debPath: null };
  }
  if (spec.kind === "source") {
    // Pinned by exact version: the cached .dsc and tarball are reused as they are (--refresh has nothing to do).
    const orig = await fetchOrigTarball(spec.source, spec.version, cacheDir);
    const root = unpackOrigTree(orig.path, orig.sha256, cacheDir);
    return { root, package: spec.source, version: spec.version, sha256: orig.sha256, debPath: null, origTarball: { file: orig.name, sha256: orig.sha256 } };
  }
  const deb = await downloadDebianPackage(arg, cacheDir, { refresh });
  const root = unpackDebTree(deb.debPath, deb.sha256, cacheDir);
  return { root, package: spec.package, version: deb.version, sha256: deb.sha256, debPath: deb.debPath };
}
