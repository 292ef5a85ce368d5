/**
 * What the CLI's `<input>` names (pure: the caller says whether it is a directory):
 * - a kernel source directory, used as it is;
 * - a Debian binary package `linux-source-X.Y[=version]`: the tree is the tarball inside
 *   the .deb (Debian's patched tree);
 * - the Debian source package `linux=<version>` (version required): the tree is its orig
 *   tarball, Debian's copy of upstream, so its lines are upstream's.
 */
export type InputSpec =
  | { kind: "directory"; path: string }
  | { kind: "binary"; package: string; version: string | null }
  | { kind: "source"; source: string; version: string };

/** Debian version syntax: [epoch:]upstream[-revision], the characters Policy allows. */
const DEBIAN_VERSION = /^(?:\d+:)?[0-9][0-9A-Za-z.+~-]*$/;

export const INPUT_FORMS = "a kernel source directory, a Debian package like linux-source-6.12[=6.12.107-1] or a source package like linux=7.2.8-1";

export function parseInputSpec(arg: string, isDirectory: boolean): InputSpec {
  if (isDirectory) return { kind: "directory", path: arg };
  const eq = arg.indexOf("=");
  const name = eq < 0 ? arg : arg.slice(0, eq);
  const version = eq < 0 ? undefined : arg.slice(eq + 1);
  const checkVersion = (v: string): string => {
    if (!DEBIAN_VERSION.test(v)) throw new Error(`${arg}: "${v}" is not a Debian version (like 7.2.8-1)`);
    return v;
  };
  if (/^linux-source-\d+\.\d+$/.test(name)) return { kind: "binary", package: name, version: version === undefined ? null : checkVersion(version) };
  if (name === "linux") {
    if (version === undefined || version === "")
      throw new Error(`${arg}: the source package needs an explicit version (like linux=7.2.8-1): its orig tarball is fetched by exact version`);
    return { kind: "source", source: name, version: checkVersion(version) };
  }
  throw new Error(`${arg}: neither a kernel source directory nor a Debian package name: expected ${INPUT_FORMS}`);
}
