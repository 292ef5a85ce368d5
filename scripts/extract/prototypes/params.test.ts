import { describe, expect, it } from "vitest";
import { parseCParams, parseDefineArgs } from "./params";

describe("parseDefineArgs", () => {
  it("pairs types and names", () => {
    expect(parseDefineArgs("openat, int, dfd, const char __user *, filename, int, flags, umode_t, mode", 4, "little")).toEqual({
      name: "openat",
      params: [
        { name: "dfd", type: "int" },
        { name: "filename", type: "const char __user *" },
        { name: "flags", type: "int" },
        { name: "mode", type: "umode_t" },
      ],
    });
    expect(parseDefineArgs("fork", 0, "little")).toEqual({ name: "fork", params: [] });
  });

  it("expands split 64-bit helpers in the ABI's byte order", () => {
    const le = parseDefineArgs("x, int, fd, SC_ARG64(mask), int, dfd", 4, "little");
    const be = parseDefineArgs("x, int, fd, compat_arg_u64_dual(mask), int, dfd", 4, "big");
    if (typeof le === "string" || typeof be === "string") throw new Error("parse failed");
    expect(le.params.map((p) => p.name)).toEqual(["fd", "mask_lo", "mask_hi", "dfd"]);
    expect(be.params.map((p) => p.name)).toEqual(["fd", "mask_hi", "mask_lo", "dfd"]);
  });

  it("reports a count mismatch", () => {
    expect(parseDefineArgs("x, int, a", 2, "little")).toMatch(/expected 2/);
  });
});

describe("parseCParams", () => {
  it("reads names, pointers, arrays and unnamed parameters", () => {
    expect(parseCParams("int fd, const char __user *buf, char __user *argv[], unsigned long, struct pt_regs *", "little")).toEqual([
      { name: "fd", type: "int" },
      { name: "buf", type: "const char __user *" },
      { name: "argv", type: "char __user * []" },
      { name: "arg1", type: "unsigned long" },
      { name: "arg2", type: "struct pt_regs *" },
    ]);
    expect(parseCParams("void", "little")).toEqual([]);
    expect(parseCParams("  ", "little")).toEqual([]);
  });

  it("expands compat_arg_u64 and refuses variadics", () => {
    expect(parseCParams("int fd, compat_arg_u64(len)", "big")).toEqual([
      { name: "fd", type: "int" },
      { name: "len_hi", type: "u32" },
      { name: "len_lo", type: "u32" },
    ]);
    expect(parseCParams("int a, ...", "little")).toMatch(/variadic/);
  });
});
