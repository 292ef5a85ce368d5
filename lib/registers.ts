/**
 * Which register(s) each syscall argument travels in on an ABI. A 64-bit argument on a
 * 32-bit ABI takes two slots (and, where the ABI aligns pairs, starts on an even slot,
 * leaving a padding slot unused). Pure function of the parameter sizes and the ABI facts.
 */
import type { AbiInfo } from "./abi-info";

export interface ParamSlot {
  /** Registers (or stack slots) the argument occupies, in the ABI's order. */
  registers: string[];
  /** A 64-bit value split across two 32-bit registers. */
  split: boolean;
  /** A register left unused before this argument to align the pair. */
  padding: string | null;
}

export interface ParamSizeLike {
  /** Size in bytes, or null when unknown (treated as one word). */
  size: number | null;
}

export function assignRegisters(abi: AbiInfo, params: readonly ParamSizeLike[]): ParamSlot[] {
  const wordBytes = (abi.registerBits ?? abi.wordBits) / 8;
  const regAt = (slot: number) => abi.argRegisters[slot] ?? `stack[${slot - abi.argRegisters.length}]`;
  let slot = 0;
  return params.map((p) => {
    const words = p.size !== null && p.size > wordBytes ? Math.ceil(p.size / wordBytes) : 1;
    let padding: string | null = null;
    if (words === 2 && abi.alignsRegisterPairs && slot % 2 === 1) {
      padding = regAt(slot);
      slot += 1;
    }
    const registers = Array.from({ length: words }, (_, i) => regAt(slot + i));
    slot += words;
    return { registers, split: words > 1, padding };
  });
}
