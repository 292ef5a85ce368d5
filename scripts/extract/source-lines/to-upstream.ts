/**
 * Rewrite one row's source location to upstream's line (upstream-lines.ts). A definition
 * on a line a Debian patch added has no upstream line: the Debian line is kept and a note
 * says so, rather than pointing at some other upstream line.
 */
import type { SourceLocation } from "@/lib/schema/kernel-api";
import type { UpstreamLineMap } from "./upstream-lines";

export function toUpstream(map: UpstreamLineMap, source: SourceLocation): { source: SourceLocation; note: string | null } {
  const up = map.locate(source.file, source.line);
  if (up.line !== null) return { source: { file: up.file, line: up.line }, note: null };
  return { source, note: `definition at ${source.file}:${source.line} comes from Debian's patch ${up.addedBy}: not in upstream, the line is Debian's` };
}
