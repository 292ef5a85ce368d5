import { describe, expect, it } from "vitest";
import { expandAsmMacros } from "./asm-entry";

describe("expandAsmMacros", () => {
  it("expands a file's own macros and keeps the invocation line", () => {
    const src = [".macro sigreturn_like name", "sys_\\name:", "\tjsr $26, do_\\name", ".end sys_\\name", ".endm", "", "sigreturn_like rt_sigreturn"].join("\n");
    const r = expandAsmMacros(src);
    expect(r.lines).toEqual(["", "sys_rt_sigreturn:", "\tjsr $26, do_rt_sigreturn", ".end sys_rt_sigreturn"]);
    expect(r.origin).toEqual([6, 7, 7, 7]);
  });
});
