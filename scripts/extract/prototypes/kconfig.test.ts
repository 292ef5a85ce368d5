import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { writeTree } from "./fixture-tree";
import { evalKconfigExpr, readArchKconfig, selectedValue } from "./kconfig";

const root = writeTree({
  "arch/Kconfig": "config ARCH_SPLIT_ARG64\n\tbool\n\thelp\n\t  default words in help do not count\n\nconfig HAS_DEFAULT\n\tbool\n\tdefault y\n\nconfig CLONE_BACKWARDS\n\tbool\n",
  "arch/parisc/Kconfig": "config PARISC\n\tdef_bool y\n\tselect ARCH_SPLIT_ARG64 if !64BIT\n\tselect FOO if BAR\n",
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("arch Kconfig selects", () => {
  const cfg = readArchKconfig(root, "parisc");
  const known = (bits: 32 | 64) => (s: string) => (s === "PARISC" ? true : s === "64BIT" ? bits === 64 : null);

  it("evaluates `select X if EXPR` with symbols that start with a digit", () => {
    expect(selectedValue(cfg, "ARCH_SPLIT_ARG64", "parisc", known(32))).toBe(true);
    expect(selectedValue(cfg, "ARCH_SPLIT_ARG64", "parisc", known(64))).toBe(false);
  });

  it("knows select-only symbols are off when nothing selects them, and nothing else", () => {
    expect(cfg.selectOnly.has("CLONE_BACKWARDS")).toBe(true);
    expect(cfg.selectOnly.has("HAS_DEFAULT")).toBe(false);
    expect(selectedValue(cfg, "CLONE_BACKWARDS", "parisc", known(32))).toBe(false);
    expect(selectedValue(cfg, "FOO", "parisc", known(32))).toBeNull();
    expect(selectedValue(cfg, "UNHEARD_OF", "parisc", known(32))).toBeNull();
  });

  it("evaluates Kconfig expressions", () => {
    const k = (s: string) => (s === "A" ? true : s === "B" ? false : null);
    expect(evalKconfigExpr("A && !B", k)).toBe(true);
    expect(evalKconfigExpr("B || C", k)).toBeNull();
    expect(evalKconfigExpr("A=y", k)).toBe(true);
  });
});
