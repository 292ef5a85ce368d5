import { describe, expect, it } from "vitest";
import { pageKernel } from "./header-nav";

describe("pageKernel", () => {
  const ks = ["5.10", "6.12", "7.2"];
  it("reads the kernel of table, all, syscall and ABI diff pages", () => {
    expect(pageKernel("/linux/6.12/x86_64/", ks)).toBe("6.12");
    expect(pageKernel("/linux/5.10/all/", ks)).toBe("5.10");
    expect(pageKernel("/linux/6.12/syscalls/openat/", ks)).toBe("6.12");
    expect(pageKernel("/linux/6.12/diff/x86_64/arm64/", ks)).toBe("6.12");
  });
  it("takes the later kernel of a kernel diff", () => {
    expect(pageKernel("/linux/6.12..7.2/x86_64/", ks)).toBe("7.2");
  });
  it("is null off kernel pages and for kernels the site does not have", () => {
    expect(pageKernel("/", ks)).toBeNull();
    expect(pageKernel("/api/", ks)).toBeNull();
    expect(pageKernel("/linux/9.9/x86_64/", ks)).toBeNull();
  });
});
