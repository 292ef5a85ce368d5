/**
 * Find where one ABI's numbers come from in a given tree, following its own kbuild files:
 * a table plus the generating command (`--abis`, `--offset`) read from the Makefiles, or
 * (before 6.11) the asm-generic unistd.h evaluated under the arch's uapi unistd.h.
 * Returns `{ kind: "absent", reason }` when the tree does not build the ABI.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { AbiRule } from "./abi-rules";
import { LIST_VARS, readSyshdrCommand, type MakeSource, type SyshdrCommand } from "./make/syshdr-command";

export type AbiSource =
  | { kind: "table"; commands: SyshdrCommand[]; makeFiles: string[] }
  | { kind: "asm-generic"; archHeader: string; genericHeader: string }
  | { kind: "absent"; reason: string };

export const GENERIC_MAKEFILE = "scripts/Makefile.asm-headers";
export const GENERIC_UNISTD = "include/uapi/asm-generic/unistd.h";

export const archUnistd = (arch: string): string => `arch/${arch}/include/uapi/asm/unistd.h`;

/** The kbuild inputs of the 6.11+ generic table layout for `arch`, or null before 6.11. */
export function genericMakeSource(root: string, arch: string): MakeSource | null {
  if (!existsSync(join(root, GENERIC_MAKEFILE)) || !existsSync(join(root, `arch/${arch}/kernel/Makefile.syscalls`))) return null;
  const obj = `arch/${arch}/include/generated/uapi/asm`;
  // The arch's uapi Kbuild (syscall-y) is read first: Makefile.asm-headers includes it early.
  return { files: [`arch/${arch}/include/uapi/asm/Kbuild`, GENERIC_MAKEFILE], src: obj, obj, arch, listVars: ["syscall-y"] };
}

export function findAbiSource(root: string, rule: AbiRule): AbiSource {
  if (!existsSync(join(root, "arch", rule.arch))) return { kind: "absent", reason: `no arch/${rule.arch} in this kernel` };
  let source: MakeSource | null = null;
  if (rule.makefile) {
    if (!existsSync(join(root, rule.makefile))) return { kind: "absent", reason: `no ${rule.makefile}` };
    const dir = dirname(rule.makefile);
    source = { files: [rule.makefile], src: dir, obj: dir, arch: rule.arch, listVars: LIST_VARS };
  } else {
    source = genericMakeSource(root, rule.arch);
    if (!source) {
      if (rule.generatedOnly)
        return { kind: "absent", reason: `no arch/${rule.arch}/kernel/Makefile.syscalls: this kernel generates no ${rule.headers.join(" or ")} for ${rule.arch}` };
      const archHeader = archUnistd(rule.arch);
      const full = join(root, archHeader);
      if (!existsSync(full) || !readFileSync(full, "utf8").includes("asm-generic/unistd.h"))
        return { kind: "absent", reason: `${archHeader} does not use ${GENERIC_UNISTD}` };
      return { kind: "asm-generic", archHeader, genericHeader: GENERIC_UNISTD };
    }
  }
  const commands = rule.headers.map((h) => readSyshdrCommand(root, source, h)).filter((c): c is SyshdrCommand => c !== null);
  if (!commands.length) return { kind: "absent", reason: `${source.files.join(" + ")} ${source.files.length > 1 ? "generate" : "generates"} no ${rule.headers.join(" or ")}` };
  const makeFiles = [...source.files, `arch/${rule.arch}/kernel/Makefile.syscalls`].filter((f) => existsSync(join(root, f)));
  return { kind: "table", commands, makeFiles };
}
