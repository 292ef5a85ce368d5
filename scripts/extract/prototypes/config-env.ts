/**
 * Three-valued preprocessor environments for one ABI: `kernelEnv` answers "is this
 * `#if` branch compiled in the kernel that serves the ABI?" (from abi-config facts and
 * the arch's Kconfig selects), `typesEnv` does the same for the header view used to
 * size types. Unknown stays unknown (null) rather than guessed.
 */
import type { AbiConfig } from "./abi-config";
import type { ExprEnv } from "./preproc-expr";
import { evalCond } from "./cond-lines";
import { selectedValue, type ArchKconfig } from "./kconfig";
import type { ArchWant } from "./scan-tree";

export interface ConfigEnv extends ExprEnv {
  /** Value of a Kconfig symbol (no CONFIG_ prefix). */
  symbol(sym: string): boolean | null;
}

function makeEnv(cfg: AbiConfig, kconfig: ArchKconfig | null, on: readonly string[], off: readonly string[], bits: number, wants: readonly ArchWant[] | null): ConfigEnv {
  const onSet = new Set(on);
  const offSet = new Set(off);
  const memo = new Map<string, boolean | null>();
  const visiting = new Set<string>();
  const symbol = (sym: string): boolean | null => {
    if (onSet.has(sym)) return true;
    if (offSet.has(sym)) return false;
    const m = memo.get(sym);
    if (m !== undefined) return m;
    if (!kconfig || visiting.has(sym)) return null;
    visiting.add(sym);
    const v = selectedValue(kconfig, sym, cfg.arch, symbol);
    visiting.delete(sym);
    memo.set(sym, v);
    return v;
  };
  const little = cfg.endian === "little";
  const wantMemo = new Map<string, boolean | null>();
  const condCache = new Map<string, number | null>();
  // __ARCH_WANT_X: set by the arch's own headers (asm/unistd.h), under their #ifs.
  const want = (name: string): boolean | null => {
    if (!wants) return null;
    const m = wantMemo.get(name);
    if (m !== undefined) return m;
    wantMemo.set(name, null);
    let v: boolean | null = false;
    for (const w of wants) {
      if (w.name !== name) continue;
      const c = evalCond(w.cond, env, condCache);
      if (c === true) {
        v = true;
        break;
      }
      if (c === null) v = null;
    }
    wantMemo.set(name, v);
    return v;
  };
  const defined = (name: string): boolean | null => {
    const c = /^CONFIG_(\w+)$/.exec(name);
    if (c?.[1]) return symbol(c[1]);
    if (name.startsWith("__ARCH_WANT_")) return want(name);
    if (name in cfg.compilerMacros) return true;
    switch (name) {
      case "__KERNEL__":
      case "__GNUC__":
        return true;
      case "__ASSEMBLY__":
      case "__ASSEMBLER__":
      case "__GENKSYMS__":
      case "__CHECKER__":
      case "MODULE":
      case "BUILD_VDSO":
      case "__DISABLE_EXPORTS":
        return false;
      case "__LITTLE_ENDIAN":
        return little;
      case "__BIG_ENDIAN":
        return !little;
      case "BITS_PER_LONG":
      case "__BITS_PER_LONG":
        return true;
    }
    return null;
  };
  const value = (name: string): number | null => {
    if (name === "BITS_PER_LONG" || name === "__BITS_PER_LONG") return bits;
    if (name === "__LITTLE_ENDIAN") return little ? 1234 : null;
    if (name === "__BIG_ENDIAN") return little ? null : 4321;
    const macro = cfg.compilerMacros[name];
    if (macro !== undefined) return Number(macro);
    const d = defined(name);
    if (/^CONFIG_/.test(name)) return d === null ? null : d ? 1 : 0;
    return null;
  };
  const env: ConfigEnv = { defined, value, symbol };
  return env;
}

export function kernelEnv(cfg: AbiConfig, kconfig: ArchKconfig, wants: readonly ArchWant[]): ConfigEnv {
  return makeEnv(cfg, kconfig, cfg.kernelOn, cfg.kernelOff, cfg.kernelBits, wants);
}

export function typesEnv(cfg: AbiConfig, kconfig: ArchKconfig): ConfigEnv {
  return makeEnv(cfg, kconfig, cfg.typesOn, cfg.typesOff, cfg.wordBits, null);
}
