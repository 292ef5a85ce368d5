import { describe, expect, it } from "vitest";
import { normalizeEntry } from "./abi-numbers";

describe("normalizeEntry", () => {
  it.each([
    ["__x64_sys_read", "sys_read"],
    ["__ia32_compat_sys_ioctl", "compat_sys_ioctl"],
    ["__x32_compat_sys_readv", "compat_sys_readv"],
    ["sys_read", "sys_read"],
    ["compat_sys_s390_read", "compat_sys_s390_read"],
    ["sys_sigreturn_wrapper", "sys_sigreturn_wrapper"],
    ["__x64_other", "__x64_other"],
  ])("%s -> %s", (raw, want) => expect(normalizeEntry(raw)).toBe(want));
  it("keeps null", () => expect(normalizeEntry(null)).toBeNull());
});
