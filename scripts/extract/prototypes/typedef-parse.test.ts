import { describe, expect, it } from "vitest";
import { lineStartsOf, stripComments } from "./c-text";
import { parseTypedefs } from "./typedef-parse";

const parse = (src: string) => {
  const code = stripComments(src);
  return parseTypedefs(code, lineStartsOf(code)).map((t) => [t.name, t.target, t.line]);
};

describe("parseTypedefs", () => {
  it("reads simple, pointer, array, multi and function-pointer typedefs", () => {
    expect(
      parse(`typedef unsigned short __kernel_mode_t;
typedef struct __user_cap_header_struct {
	__u32 version;
	int pid;
} __user *cap_user_header_t;
typedef int a_t, *b_t;
typedef u32 arr_t[2];
typedef void (*__sighandler_t)(int);
typedef __u64 __attribute__((aligned(8))) aligned_u64;
typedef int __bitwise rwf_t;`),
    ).toEqual([
      ["__kernel_mode_t", "unsigned short", 1],
      ["cap_user_header_t", "struct __user_cap_header_struct __user *", 2],
      ["a_t", "int", 6],
      ["b_t", "int *", 6],
      ["arr_t", "u32 [2]", 7],
      ["__sighandler_t", "void (*)(int)", 8],
      ["aligned_u64", "__u64", 9],
      ["rwf_t", "int", 10],
    ]);
  });
});
