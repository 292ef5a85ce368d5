/**
 * Pure parsers for a Debian source package's file list: the lines `apt-get source
 * --print-uris` prints (URI, name, size, hash, from the signed Sources index) and the
 * `Checksums-Sha256` field of a .dsc.
 */
export interface SourceFile {
  uri: string;
  name: string;
  size: number;
  sha256: string;
}

/** `'URI' name size SHA256:hex` lines; other output (notices) is ignored. */
export function parsePrintUris(text: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const line of text.split("\n")) {
    const m = /^'([^']+)'\s+(\S+)\s+(\d+)\s+SHA256:([0-9a-f]{64})\s*$/.exec(line.trim());
    if (m) out.push({ uri: m[1] ?? "", name: m[2] ?? "", size: Number(m[3]), sha256: m[4] ?? "" });
  }
  return out;
}

/** The files a .dsc lists under Checksums-Sha256 (name -> size and sha256). */
export function parseDscChecksums(dsc: string, where = ".dsc"): Map<string, { size: number; sha256: string }> {
  const lines = dsc.split("\n");
  const start = lines.findIndex((l) => /^Checksums-Sha256:\s*$/.test(l));
  if (start < 0) throw new Error(`${where}: no Checksums-Sha256 field`);
  const out = new Map<string, { size: number; sha256: string }>();
  for (let i = start + 1; i < lines.length; i++) {
    const m = /^\s+([0-9a-f]{64})\s+(\d+)\s+(\S+)\s*$/.exec(lines[i] ?? "");
    if (!m) break;
    out.set(m[3] ?? "", { sha256: m[1] ?? "", size: Number(m[2]) });
  }
  if (out.size === 0) throw new Error(`${where}:${start + 1}: Checksums-Sha256 lists no files`);
  return out;
}

/** The parts of a source package the extractor can ask for (besides its .dsc). */
export type SourcePart = "debian" | "orig";

/** A version as it appears in file names: without the epoch ("1:2.3-4" -> "2.3-4"). */
export function fileVersion(version: string): string {
  return version.replace(/^\d+:/, "");
}

/** The upstream part of a Debian version: no epoch, no Debian revision ("7.2.8-1" -> "7.2.8"). */
export function upstreamVersion(version: string): string {
  const v = fileVersion(version);
  const dash = v.lastIndexOf("-");
  return dash > 0 ? v.slice(0, dash) : v;
}

const escapeRe = (s: string): string => s.replace(/[.+~]/g, "\\$&");

/**
 * Which listed file is `part` of `source=version`: the Debian tarball
 * `<source>_<version>.debian.tar.*` or the upstream tarball `<source>_<upstream>.orig.tar.*`.
 * `listed` is a .dsc's or apt's file list; `where` names it in errors. An upstream source
 * split into component tarballs (`.orig-<name>.tar.*`) is refused: one of them would be a
 * partial tree.
 */
export function sourcePartName(listed: Iterable<string>, source: string, version: string, part: SourcePart, where: string): string {
  const names = [...listed];
  const prefix = part === "debian" ? `${source}_${fileVersion(version)}` : `${source}_${upstreamVersion(version)}`;
  const shown = `${prefix}.${part}.tar.*`;
  const re = new RegExp(`^${escapeRe(prefix)}\\.${part}\\.tar\\.(xz|gz|bz2)$`);
  const hits = names.filter((n) => re.test(n));
  const hint = part === "debian" ? "not a 3.0 (quilt) source package?" : "a native package has none";
  if (hits.length === 0) throw new Error(`${where}: lists no ${shown} (${hint})`);
  if (hits.length > 1) throw new Error(`${where}: lists ${hits.join(" and ")}, expected one ${shown}`);
  if (part === "orig") {
    const components = names.filter((n) => n.startsWith(`${prefix}.orig-`) && !n.endsWith(".asc"));
    if (components.length)
      throw new Error(`${where}: the upstream source is split into several tarballs (${components.join(", ")}); only a single ${shown} is supported`);
  }
  return hits[0] ?? "";
}
