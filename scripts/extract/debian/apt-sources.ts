/**
 * Read the machine's apt sources (one-line `*.list` and deb822 `*.sources`) to learn which
 * Debian mirror and which security mirror it uses. The extractor never names a host itself:
 * whatever mirror the machine is configured for is the one it downloads from.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface AptSourceEntry {
  uri: string;
  suites: string[];
  components: string[];
  signedBy: string | null;
}

/** Parse one-line style `deb [opts] uri suite comp...` lines. `deb-src` lines are skipped. */
export function parseOneLineSources(text: string): AptSourceEntry[] {
  const out: AptSourceEntry[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    const m = /^deb\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const opts = m[1] ?? "";
    const signed = /(?:^|\s)signed-by=(\S+)/.exec(opts);
    out.push({
      uri: m[2] ?? "",
      suites: [m[3] ?? ""],
      components: (m[4] ?? "").split(/\s+/).filter(Boolean),
      signedBy: signed?.[1] ?? null,
    });
  }
  return out;
}

/** Parse deb822 stanzas (`Types:`, `URIs:`, `Suites:`, `Components:`, `Signed-By:`). */
export function parseDeb822Sources(text: string): AptSourceEntry[] {
  const out: AptSourceEntry[] = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    let last: string | null = null;
    for (const raw of stanza.split("\n")) {
      if (raw.startsWith("#")) continue;
      if (/^\s/.test(raw) && last) {
        fields.set(last, `${fields.get(last) ?? ""}\n${raw.trim()}`);
        continue;
      }
      const m = /^([A-Za-z-]+):\s*(.*)$/.exec(raw);
      if (!m) continue;
      last = (m[1] ?? "").toLowerCase();
      fields.set(last, (m[2] ?? "").trim());
    }
    const types = (fields.get("types") ?? "").split(/\s+/);
    if (!types.includes("deb") || fields.get("enabled") === "no") continue;
    const words = (k: string): string[] => (fields.get(k) ?? "").split(/\s+/).filter(Boolean);
    const signedBy = fields.get("signed-by");
    for (const uri of words("uris")) {
      out.push({
        uri,
        suites: words("suites"),
        components: words("components"),
        // An inline key block is not a path; keep only a path.
        signedBy: signedBy && !signedBy.includes("\n") ? signedBy : null,
      });
    }
  }
  return out;
}

/** Every enabled `deb` entry under an apt configuration root (default: the system's). */
export function readAptSources(etcApt = "/etc/apt"): AptSourceEntry[] {
  const entries: AptSourceEntry[] = [];
  const main = join(etcApt, "sources.list");
  if (existsSync(main)) entries.push(...parseOneLineSources(readFileSync(main, "utf8")));
  const partsDir = join(etcApt, "sources.list.d");
  if (existsSync(partsDir)) {
    for (const name of readdirSync(partsDir).sort()) {
      const text = (): string => readFileSync(join(partsDir, name), "utf8");
      if (name.endsWith(".list")) entries.push(...parseOneLineSources(text()));
      else if (name.endsWith(".sources")) entries.push(...parseDeb822Sources(text()));
    }
  }
  return entries;
}

export interface DebianMirrors {
  archive: AptSourceEntry;
  security: AptSourceEntry | null;
}

const isSecurity = (e: AptSourceEntry): boolean => e.suites.some((s) => s.endsWith("-security"));
/** Debian's archive is the entry with a Debian suite name signed by Debian's keyring (or unsigned). */
const isDebianArchive = (e: AptSourceEntry): boolean =>
  !isSecurity(e) &&
  e.components.includes("main") &&
  (e.signedBy === null || e.signedBy.includes("debian-archive-keyring")) &&
  e.suites.some((s) => /^(bullseye|bookworm|trixie|forky|duke|sid|unstable|stable|testing|oldstable)(-updates)?$/.test(s));

/** Pick the Debian archive mirror and the security mirror out of the machine's apt sources. */
export function findDebianMirrors(entries: AptSourceEntry[]): DebianMirrors {
  const archive = entries.find(isDebianArchive);
  if (!archive)
    throw new Error(
      "no Debian archive found in the apt sources (/etc/apt/sources.list, /etc/apt/sources.list.d/*.list, *.sources): " +
        "need a `deb` entry with component main and a Debian suite such as bookworm",
    );
  const security = entries.find((e) => isSecurity(e) && e.components.includes("main")) ?? null;
  return { archive, security };
}
