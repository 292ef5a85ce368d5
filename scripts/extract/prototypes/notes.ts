/**
 * Short facts about the definition chosen for an ABI that a reader of the prototype
 * needs: which clone() argument order the arch selected, and split 64-bit arguments.
 */
import type { AbiConfig } from "./abi-config";
import type { ConfigEnv } from "./config-env";
import type { Definition } from "./scan-tree";

const CLONE: Record<string, string> = {
  CLONE_BACKWARDS: "CONFIG_CLONE_BACKWARDS: tls before child_tidptr",
  CLONE_BACKWARDS2: "CONFIG_CLONE_BACKWARDS2: newsp before clone_flags",
  CLONE_BACKWARDS3: "CONFIG_CLONE_BACKWARDS3: extra stack_size argument after newsp",
};

export function definitionNotes(def: Definition, env: ConfigEnv, cfg: AbiConfig): string[] {
  const notes: string[] = [];
  const text = def.cond.map((t) => t.expr).join(" ");
  if (/CLONE_BACKWARDS/.test(text)) {
    const on = Object.keys(CLONE).filter((k) => env.symbol(k) === true);
    const known = Object.keys(CLONE).every((k) => env.symbol(k) !== null);
    if (on.length) notes.push(...on.map((k) => `${CLONE[k]} (arch/${cfg.arch}/Kconfig selects ${k})`));
    else if (known) notes.push("no CONFIG_CLONE_BACKWARDS*: default order clone_flags, newsp, parent_tidptr, child_tidptr, tls");
    else notes.push("clone argument order depends on CONFIG_CLONE_BACKWARDS*, which could not be decided for this arch");
  }
  if (/ARCH_SPLIT_ARG64/.test(text) && env.symbol("ARCH_SPLIT_ARG64") === true)
    notes.push("CONFIG_ARCH_SPLIT_ARG64: 64-bit arguments passed as two 32-bit halves");
  return notes;
}
