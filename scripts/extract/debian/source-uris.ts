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
