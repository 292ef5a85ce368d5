/**
 * Turn the CLI's `<input>` into a kernel tree: an existing directory is used as is; a
 * Debian package name (`linux-source-6.12`, optionally `=version`) is downloaded through
 * the private apt configuration and unpacked into the cache (both reused when warm).
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { downloadDebianPackage } from "./debian/debian-fetch";
import { unpackKernelTree } from "./debian/tree-unpack";

export interface ResolvedInput {
  root: string;
  package: string;
  version: string | null;
  sha256: string | null;
  /** The .deb the tree came from (null for a directory). */
  debPath: string | null;
}

export async function resolveInput(arg: string, cacheDir: string, refresh = false): Promise<ResolvedInput> {
  if (existsSync(arg) && statSync(arg).isDirectory()) {
    if (!existsSync(resolve(arg, "Makefile"))) throw new Error(`${arg}: not a kernel tree (no top-level Makefile)`);
    return { root: resolve(arg), package: "directory", version: null, sha256: null, debPath: null };
  }
  if (!/^linux-source-\d+\.\d+(=\S+)?$/.test(arg))
    throw new Error(`${arg}: neither a kernel source directory nor a Debian package name like linux-source-6.12`);
  const deb = await downloadDebianPackage(arg, cacheDir, { refresh });
  const root = unpackKernelTree(deb.debPath, deb.sha256, cacheDir);
  return { root, package: arg.split("=")[0] ?? arg, version: deb.version, sha256: deb.sha256, debPath: deb.debPath };
}
