/**
 * Generated uapi unistd headers that no ABI rule covers: an ABI the tree builds but the
 * atlas does not list (loongarch32 was one before it got its rule). Reported as manifest notes, so a new
 * ABI is noticed instead of silently dropped. ARM's OABI is left out on purpose.
 */
import { existsSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { ABI_RULES } from "./abi-rules";
import { genericMakeSource } from "./abi-source";
import { expandMake } from "./make/make-expand";
import { LIST_VARS, loadMake, type MakeSource } from "./make/syshdr-command";

const IGNORED = new Set(["unistd-oabi.h"]);

function listedHeaders(root: string, source: MakeSource): string[] {
  const db = loadMake(root, source);
  return source.listVars.flatMap((v) =>
    expandMake(`$(${v})`, db)
      .split(/\s+/)
      .map((w) => posix.basename(w))
      .filter((h) => /^unistd[-_].*\.h$/.test(h)),
  );
}

export function uncoveredHeaders(root: string): string[] {
  const notes: string[] = [];
  for (const arch of [...new Set(ABI_RULES.map((r) => r.arch))]) {
    const rules = ABI_RULES.filter((r) => r.arch === arch);
    const covered = new Set(rules.flatMap((r) => r.headers));
    const makefile = rules.find((r) => r.makefile)?.makefile ?? null;
    const source: MakeSource | null = makefile
      ? existsSync(join(root, makefile))
        ? { files: [makefile], src: dirname(makefile), obj: dirname(makefile), arch, listVars: LIST_VARS }
        : null
      : genericMakeSource(root, arch);
    if (!source) continue;
    for (const h of new Set(listedHeaders(root, source)))
      if (!covered.has(h) && !IGNORED.has(h) && !/^unistd_(compat_)?nr/.test(h))
        notes.push(`arch/${arch} also generates ${h}, an ABI not in ABI_IDS: not extracted`);
  }
  return notes;
}
