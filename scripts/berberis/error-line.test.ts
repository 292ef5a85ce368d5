import { describe, expect, it } from "vitest";
import { errorLine } from "./error-line";
import { InputError } from "./json-path";

function systemError(code: string, message: string, extra: Record<string, string>): Error {
  return Object.assign(new Error(message), { code, ...extra });
}

describe("errorLine", () => {
  it("prints bad input as is", () => {
    expect(errorLine(new InputError("kernel_syscalls.json: missing file"))).toBe("error: kernel_syscalls.json: missing file");
  });

  it("names the path, the call and the reason of a system error", () => {
    const e = systemError("EACCES", "EACCES: permission denied, open '/out/linux/.6.1.tmp/arm.json'", { syscall: "open", path: "/out/linux/.6.1.tmp/arm.json" });
    expect(errorLine(e)).toBe("error: /out/linux/.6.1.tmp/arm.json: open failed: permission denied (EACCES)");
    const rename = systemError("EXDEV", "EXDEV: cross-device link not permitted, rename '/a' -> '/b'", { syscall: "rename", path: "/a", dest: "/b" });
    expect(errorLine(rename)).toBe("error: /a: rename failed: cross-device link not permitted (EXDEV) -> /b");
  });

  it("leaves programming errors to the default printer (stack trace)", () => {
    expect(errorLine(new TypeError("x is undefined"))).toBeNull();
    expect(errorLine("a string")).toBeNull();
  });
});
