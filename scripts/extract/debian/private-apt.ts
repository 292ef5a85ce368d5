/**
 * A private apt configuration under the cache dir: its own sources list, state (package
 * lists), cache and an empty dpkg status, so `apt-get update` / `apt-get download` never
 * touch the system's apt. The mirror URIs are read from the machine's own apt sources.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { findDebianMirrors, readAptSources, type AptSourceEntry } from "./apt-sources";
import { execErrorText } from "./exec-error";

/** Suites searched for kernel sources and man pages, oldest first. */
export const ARCHIVE_SUITES = ["bullseye", "bookworm", "trixie", "forky", "sid", "experimental"] as const;
export const SECURITY_SUITES = ["bookworm-security"] as const;

export interface PrivateApt {
  root: string;
  /** `-o` options to pass to every apt-get / apt-cache call. */
  options: string[];
}

/** "deb" for binary packages; "deb-src" for source packages (a separate tree: see createPrivateApt). */
export type AptKind = "deb" | "deb-src";

function sourceLine(entry: AptSourceEntry, suite: string, kind: AptKind): string {
  const opts = entry.signedBy ? `[signed-by=${entry.signedBy}] ` : "";
  return `${kind} ${opts}${entry.uri} ${suite} main`;
}

/** The sources.list text for the private configuration (pure: tested without apt). */
export function privateSourcesList(entries: AptSourceEntry[], kind: AptKind = "deb"): string {
  const { archive, security } = findDebianMirrors(entries);
  const lines = ARCHIVE_SUITES.map((s) => sourceLine(archive, s, kind));
  if (security) lines.push(...SECURITY_SUITES.map((s) => sourceLine(security, s, kind)));
  return `${lines.join("\n")}\n`;
}

/**
 * Create (or reuse) the private apt tree under `<cacheDir>/apt` (binary packages) or
 * `<cacheDir>/apt-src` (source packages: its Sources indexes, ~50 MB, are fetched only when
 * a source package is asked for, never on the .deb path).
 */
export function createPrivateApt(cacheDir: string, etcApt = "/etc/apt", kind: AptKind = "deb"): PrivateApt {
  // apt resolves relative Dir:: paths against /etc/apt: always pass absolute ones.
  const root = resolve(cacheDir, kind === "deb" ? "apt" : "apt-src");
  const dirs = ["etc/sources.list.d", "etc/preferences.d", "state/lists/partial", "cache/archives/partial"];
  for (const d of dirs) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, "etc/sources.list"), privateSourcesList(readAptSources(etcApt), kind));
  const status = join(root, "state/status");
  if (!existsSync(status)) writeFileSync(status, "");
  const options = [
    `Dir::Etc::SourceList=${join(root, "etc/sources.list")}`,
    `Dir::Etc::SourceParts=${join(root, "etc/sources.list.d")}`,
    `Dir::Etc::Preferences=${join(root, "etc/preferences")}`,
    `Dir::Etc::PreferencesParts=${join(root, "etc/preferences.d")}`,
    `Dir::State=${join(root, "state")}`,
    `Dir::State::status=${status}`,
    `Dir::Cache=${join(root, "cache")}`,
    "Debug::NoLocking=1",
    "APT::Get::List-Cleanup=1",
  ].flatMap((o) => ["-o", o]);
  return { root, options };
}

/** True once `apt-get update` has fetched at least one package list (`Sources` for deb-src). */
export function hasPackageLists(apt: PrivateApt, index: "Packages" | "Sources" = "Packages"): boolean {
  const lists = join(apt.root, "state/lists");
  return existsSync(lists) && readdirSync(lists).some((f) => f.endsWith(`_${index}`) || f.includes(`_${index}.`));
}

export function aptUpdate(apt: PrivateApt): void {
  try {
    execFileSync("apt-get", [...apt.options, "-q", "update"], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  } catch (err) {
    throw new Error(`apt-get update (private config ${apt.root}) failed: ${execErrorText(err)}`);
  }
}
