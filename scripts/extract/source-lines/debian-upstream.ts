/**
 * For a tree unpacked from a Debian `linux-source-X.Y` package: fetch the source package's
 * patch series (same source package and version as the .deb) and map the tree's lines back
 * to upstream's, so `source.line` is the line Elixir shows at the upstream tag. A plain
 * directory and a source package's orig tarball are taken as they are (nothing to undo).
 */
import { debField } from "../debian/debian-fetch";
import { readPatchSeries } from "../debian/debian-patches";
import { fetchDebianSourceTar } from "../debian/source-fetch";
import { createUpstreamLineMap, treeReader, type UpstreamLineMap } from "./upstream-lines";

export interface DebianUpstream {
  map: UpstreamLineMap;
  /** For the manifest: the .debian.tar.* whose patches were undone. */
  patches: { file: string; sha256: string };
}

/** `Source:` of a .deb: "linux" or "linux (6.12.117-1)" (binNMU); none means the package name. */
export function sourceOf(sourceField: string, pkg: string, version: string): { name: string; version: string } {
  const m = /^(\S+)(?:\s+\((\S+)\))?$/.exec(sourceField.trim());
  if (!sourceField.trim() || !m) return { name: pkg, version };
  return { name: m[1] ?? pkg, version: m[2] ?? version };
}

/** Lines stay those of Debian's tree: the patch series could not be had. */
export interface DebianLines {
  debianLines: { version: string; reason: string };
}

/**
 * The upstream line map, or, when the source package's patch series cannot be downloaded
 * (some mirrors carry the binary packages only), the reason, so the data says its lines are
 * Debian's and the site links Debian's tree at that version instead of the upstream tag.
 * A patch series that IS downloaded but does not apply is still an error.
 */
export async function debianUpstreamLines(
  input: { root: string; debPath: string | null; version: string | null },
  cacheDir: string,
): Promise<DebianUpstream | DebianLines | null> {
  if (!input.debPath || !input.version) return null;
  const src = sourceOf(debField(input.debPath, "Source"), debField(input.debPath, "Package"), input.version);
  let tar: Awaited<ReturnType<typeof fetchDebianSourceTar>>;
  try {
    tar = await fetchDebianSourceTar(src.name, src.version, cacheDir);
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return { debianLines: { version: src.version, reason: `source package ${src.name} ${src.version} not downloadable (${why})` } };
  }
  const map = createUpstreamLineMap(treeReader(input.root), readPatchSeries(tar.path));
  return { map, patches: { file: tar.name, sha256: tar.sha256 } };
}
