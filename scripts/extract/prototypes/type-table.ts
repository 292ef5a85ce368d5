/**
 * Typedef lookup for one ABI. First the definite view of the basic type headers
 * (typedef-headers.ts: linux/types.h, posix_types, compat.h with this ABI's macros);
 * then any other typedef harvested from the tree's headers (key_serial_t, rwf_t,
 * cap_user_header_t, ...), preferring the ABI's own arch headers and skipping those
 * whose `#if` is known false for the ABI.
 */
import type { AbiConfig } from "./abi-config";
import { evalCond, unknownTerms } from "./cond-lines";
import type { ConfigEnv } from "./config-env";
import type { SourceIndex } from "./scan-tree";
import { abiTypedefs } from "./typedef-headers";

export interface TypeLookup {
  (name: string): string | undefined;
}

export function headerSeed(cfg: AbiConfig): Map<string, string> {
  const seed = new Map<string, string>([
    ["__KERNEL__", "1"],
    ["__GNUC__", "12"],
    ["__BITS_PER_LONG", String(cfg.wordBits)],
    ["BITS_PER_LONG", String(cfg.wordBits)],
    [cfg.endian === "little" ? "__LITTLE_ENDIAN" : "__BIG_ENDIAN", cfg.endian === "little" ? "1234" : "4321"],
  ]);
  for (const s of cfg.typesOn) seed.set(`CONFIG_${s}`, "1");
  for (const [k, v] of Object.entries(cfg.compilerMacros)) seed.set(k, v);
  return seed;
}

export function createTypeLookup(index: SourceIndex, cfg: AbiConfig, env: ConfigEnv): TypeLookup {
  const definite = abiTypedefs(index.treeRoot, cfg.arch, headerSeed(cfg), cfg.userTypes);
  const cache = new Map<string, number | null>();
  const memo = new Map<string, string | undefined>();
  const own = `arch/${cfg.arch}/`;
  return (name: string) => {
    if (memo.has(name)) return memo.get(name);
    let target = definite.get(name)?.target;
    if (target === undefined) {
      const cands = (index.typedefs.get(name) ?? [])
        .filter((t) => !t.file.startsWith("arch/") || t.file.startsWith(own))
        .map((t) => ({ t, v: evalCond(t.cond, env, cache), u: unknownTerms(t.cond, env, cache), mine: t.file.startsWith(own) }))
        .filter((c) => c.v !== false)
        .sort((a, b) => Number(b.mine) - Number(a.mine) || a.u - b.u);
      target = cands[0]?.t.target;
    }
    memo.set(name, target);
    return target;
  };
}
