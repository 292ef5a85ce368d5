/**
 * Constants from an arch's uapi `asm/unistd.h`, evaluated with the ABI's preprocessor
 * symbols: the number offsets kbuild passes symbolically (`__X32_SYSCALL_BIT`,
 * `__NR_Linux`, `__NR_SYSCALL_BASE`) and ARM's private `__ARM_NR_*` calls.
 */
import type { AbiRule } from "./abi-rules";
import { archUnistd } from "./abi-source";
import type { MacroTable } from "./cpp/cpp-macros";
import { evalUnistd, includeMap, macroValue, treeFile } from "./cpp/unistd-eval";

export function archMacros(root: string, rule: AbiRule, defines: Record<string, string> = rule.cpp, header = archUnistd(rule.arch)): MacroTable {
  const file = treeFile(root, header);
  if (!file) throw new Error(`${header}: missing (needed for ${rule.abi})`);
  return evalUnistd(file, defines, includeMap(root, rule.includes ?? {})).macros;
}

/** The numeric value of a `--offset` argument (a number or a macro of the arch header). */
export function resolveOffset(root: string, rule: AbiRule, offset: string | null): number {
  if (offset === null) return 0;
  if (/^(0x[0-9a-fA-F]+|\d+)$/.test(offset)) return Number(offset);
  const value = macroValue(archMacros(root, rule), offset);
  if (value === null) throw new Error(`${archUnistd(rule.arch)}: cannot evaluate offset ${offset} for ${rule.abi}`);
  return value;
}

export interface ArmPrivateCall {
  name: string;
  nr: number;
  /** Also handled by arm64's compat_arm_syscall(). */
  compat: boolean;
}

const ARM64_KERNEL_UNISTD = "arch/arm64/include/asm/unistd.h";

export function armPrivateCalls(root: string, rule: AbiRule): ArmPrivateCall[] {
  const macros = archMacros(root, rule);
  const compatMacros = treeFile(root, ARM64_KERNEL_UNISTD) ? archMacros(root, rule, { CONFIG_COMPAT: "1" }, ARM64_KERNEL_UNISTD) : new Map();
  const out: ArmPrivateCall[] = [];
  for (const name of macros.keys()) {
    if (!name.startsWith("__ARM_NR_") || name === "__ARM_NR_BASE") continue;
    const nr = macroValue(macros, name);
    if (nr === null) continue;
    const short = name.slice("__ARM_NR_".length);
    out.push({ name: short, nr, compat: compatMacros.has(`__ARM_NR_compat_${short}`) });
  }
  return out.sort((a, b) => a.nr - b.nr);
}
