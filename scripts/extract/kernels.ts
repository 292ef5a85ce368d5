/**
 * The kernels the atlas covers, as Debian packages. `npm run data:extract -- all`
 * regenerates exactly these. 7.3 is a release candidate (7.3~rc7 in experimental).
 *
 * Source links go to Bootlin's Elixir at the upstream tag only when source lines are
 * upstream's. Two ways to get there (checked 2026-11-23):
 * - a binary package `linux-source-X.Y` pinned to the newest version the archive's indexes
 *   list whose source package (Debian's patch series) the archive also serves: the extractor
 *   undoes the patches. 5.10, 6.1, 6.12 (the newest 6.1 and 6.12 .debs had no downloadable
 *   source package).
 * - the source package `linux` at an exact version: the tree is its orig tarball, Debian's
 *   copy of the upstream release, so nothing needs undoing. 7.2: neither listed
 *   linux-source-7.2 (7.2.12-1, 7.2.13-1) has a downloadable source package; 7.2.8-1 is the
 *   newest 7.2 whose whole source package (.dsc, orig and debian tarballs) the archive
 *   serves (7.2.9-1 to 7.2.13-1: 404). Its linux-source-7.2 .deb is in no signed index, so
 *   only the source package is used.
 * Syscall tables do not change within a stable series, so an older release of the series
 * gives the same numbers. 7.3 (one version, no source package served) takes the newest
 * .deb, and its links go to Debian's own tree (the manifest says so in `input.debianLines`).
 * Re-check with `npm run data:extract -- all` when the archive moves on.
 */
export type KernelPackage =
  /** `linux-source-X.Y`; version absent: the newest the archive has. */
  | { kernel: string; kind: "binary"; package: string; version?: string }
  /** Source package `linux` at an exact version: the tree is its orig tarball. */
  | { kernel: string; kind: "source"; package: string; version: string };

export const KERNEL_PACKAGES: readonly KernelPackage[] = [
  { kernel: "5.10", kind: "binary", package: "linux-source-5.10", version: "5.10.223-1" },
  { kernel: "6.1", kind: "binary", package: "linux-source-6.1", version: "6.1.187-1" },
  { kernel: "6.12", kind: "binary", package: "linux-source-6.12", version: "6.12.107-1" },
  { kernel: "7.2", kind: "source", package: "linux", version: "7.2.8-1" },
  { kernel: "7.3", kind: "binary", package: "linux-source-7.3" },
];

/**
 * The extractor's input for a kernel (input-spec.ts): `linux-source-6.12=6.12.107-1` when
 * pinned, `linux-source-7.3` when not, `linux=7.2.8-1` for a source package.
 */
export function packageSpec(k: KernelPackage): string {
  return k.version ? `${k.package}=${k.version}` : k.package;
}

export function kernelPackage(series: string): KernelPackage | undefined {
  return KERNEL_PACKAGES.find((k) => k.kernel === series);
}
