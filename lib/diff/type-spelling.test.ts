import { describe, expect, it } from "vitest";
import { canonicalType } from "./type-spelling";

describe("canonicalType", () => {
  it("treats integer keyword spellings of one type as equal", () => {
    expect(canonicalType("unsigned")).toBe(canonicalType("unsigned int"));
    expect(canonicalType("signed")).toBe("int");
    expect(canonicalType("signed int")).toBe("int");
    expect(canonicalType("long int")).toBe("long");
    expect(canonicalType("unsigned long int")).toBe("unsigned long");
    expect(canonicalType("short unsigned int")).toBe("unsigned short");
    expect(canonicalType("long long unsigned")).toBe("unsigned long long");
    expect(canonicalType("unsigned __user *")).toBe("unsigned int *");
  });

  it("keeps the char types apart and distinct from int", () => {
    expect(canonicalType("unsigned char")).toBe("unsigned char");
    expect(canonicalType("signed char")).toBe("signed char");
    expect(canonicalType("char")).not.toBe(canonicalType("signed char"));
    expect(canonicalType("const char __user *")).toBe("char *");
  });

  it("drops qualifiers and __user; keeps pointer depth and pointee", () => {
    expect(canonicalType("const struct __kernel_timespec __user *")).toBe(canonicalType("struct __kernel_timespec __user*"));
    expect(canonicalType("const char __user *const __user *")).toBe("char * *");
    expect(canonicalType("int __user *")).not.toBe(canonicalType("void __user *"));
    expect(canonicalType("unsigned int")).not.toBe(canonicalType("unsigned long"));
    expect(canonicalType("u32")).not.toBe(canonicalType("u64"));
  });

  it("does not eat identifiers that merely contain a keyword", () => {
    expect(canonicalType("struct long_thing *")).toBe("struct long_thing *");
    expect(canonicalType("uint_t")).toBe("uint_t");
  });
});
