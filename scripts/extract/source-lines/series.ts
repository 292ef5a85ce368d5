/**
 * Parse a quilt `series` file (Debian's debian/patches/series): one patch per line, path
 * relative to the patches directory, optionally followed by options (only `-pN` matters
 * here: how many leading path components the diff's file names carry). `#` starts a comment.
 */
export interface SeriesEntry {
  /** Path of the patch under debian/patches/. */
  patch: string;
  /** Leading path components to strip from the diff's file names (quilt's default is 1). */
  strip: number;
  /** 1-based line in the series file (for error messages). */
  line: number;
}

export function parseSeries(text: string, where = "series"): SeriesEntry[] {
  const out: SeriesEntry[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) return;
    const [patch = "", ...opts] = line.split(/\s+/);
    let strip = 1;
    for (const opt of opts) {
      const m = /^-p(\d+)$/.exec(opt);
      if (m) strip = Number(m[1]);
      else throw new Error(`${where}:${i + 1}: unknown option "${opt}" for patch ${patch}`);
    }
    if (patch.startsWith("/") || patch.split("/").includes(".."))
      throw new Error(`${where}:${i + 1}: patch path "${patch}" leaves the patches directory`);
    out.push({ patch, strip, line: i + 1 });
  });
  return out;
}
