/**
 * Read the quilt patch series out of a Debian source package's .debian.tar.*: the
 * `debian/patches/series` file and every patch it names, in order (as text, latin1 so
 * every byte survives and compares equal to the tree's files read the same way).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SeriesPatch } from "../source-lines/upstream-lines";
import { parseSeries } from "../source-lines/series";
import { execErrorText } from "./exec-error";

export function readPatchSeries(debianTar: string): SeriesPatch[] {
  const tmp = mkdtempSync(join(tmpdir(), "atlas-patches-"));
  try {
    try {
      execFileSync("tar", ["-xf", debianTar, "-C", tmp, "debian/patches"], { stdio: ["ignore", "pipe", "pipe"] });
    } catch (err) {
      throw new Error(`${debianTar}: cannot unpack debian/patches: ${execErrorText(err)}`);
    }
    const seriesPath = join(tmp, "debian/patches/series");
    if (!existsSync(seriesPath)) throw new Error(`${debianTar}: no debian/patches/series`);
    return parseSeries(readFileSync(seriesPath, "latin1"), `${debianTar}:debian/patches/series`).map((e) => {
      const p = join(tmp, "debian/patches", e.patch);
      if (!existsSync(p)) throw new Error(`${debianTar}:debian/patches/series:${e.line}: ${e.patch} is not in debian/patches/`);
      return { name: e.patch, strip: e.strip, text: readFileSync(p, "latin1") };
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
