/** Assembles the x86 snippets with GNU as (placeholders replaced by 1); skipped without `as`. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { abiInfo } from "@/lib/abi-info";
import type { AbiId } from "@/lib/schema/kernel-api";
import { asmSnippet } from "./asm-snippet";
import { toRowParams } from "./table-row";

const haveAs = spawnSync("as", ["--version"]).status === 0;
const fadvise = [
  { name: "fd", type: "int", size: 4 },
  { name: "offset", type: "loff_t", size: 8 },
  { name: "len", type: "loff_t", size: 8 },
  { name: "advice", type: "int", size: 4 },
];

function assemble(abi: AbiId, flag: string, nr: number) {
  const info = abiInfo(abi);
  const src = `.intel_syntax noprefix\n${asmSnippet(info, "fadvise64_64", nr, toRowParams(info, fadvise)).replace(/<[^>]*>/g, "1")}\n`;
  return spawnSync("as", [flag, "-o", "/dev/null", "-"], { input: src, encoding: "utf8" });
}

describe.skipIf(!haveAs)("x86 snippets assemble with GNU as", () => {
  it.each([
    ["x86_64", "--64", 221],
    ["i386", "--32", 272],
    ["x32", "--x32", 0x40000000 + 221],
  ] as const)("%s (%s)", (abi, flag, nr) => {
    const r = assemble(abi, flag, nr);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
