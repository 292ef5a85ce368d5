import { describe, expect, it } from "vitest";
import { typeNodeSchema } from "@/lib/schema/kernel-api";
import { convertTypes } from "./convert-types";
import { kernelApiSchema } from "./raw-schema";

const convert = (types: Record<string, unknown>, symbols: Record<string, unknown> = {}) => convertTypes(kernelApiSchema.parse({ symbols, types }));

describe("convertTypes", () => {
  it("maps every kind found in the Berberis files (and float, volatile) to typeNodeSchema", () => {
    const result = convert({
      int32: { kind: "int", signed: true, size: 32 },
      char8: { kind: "char", signed: true, size: 8 },
      float64: { kind: "float", signed: true, size: 64 },
      "int32 volatile": { kind: "volatile", base_type: "int32", size: 32 },
      "char8 const": { kind: "const", base_type: "char8", size: 8 },
      "char8 const*": { kind: "pointer", pointee_type: "char8 const", size: 64 },
      "char8[16]": { kind: "array", element_type: "char8", size: 128 },
      "union u": { kind: "union", size: 32, inheritance: [], fields: [{ name: "a", offset: 0, type: "int32" }, { name: "b", offset: 0, type: "char8" }] },
      "func f": { kind: "function", params: ["int32"], return_type: "void", has_variadic_args: true, is_virtual_method: false, size: 0 },
      void: { kind: "incomplete" },
    });
    expect(result).toEqual({
      types: {
        int32: { kind: "int", signed: true, size: 32 },
        char8: { kind: "char", signed: true, size: 8 },
        float64: { kind: "float", size: 64 },
        "int32 volatile": { kind: "volatile", base: "int32", size: 32 },
        "char8 const": { kind: "const", base: "char8", size: 8 },
        "char8 const*": { kind: "pointer", pointee: "char8 const", size: 64 },
        "char8[16]": { kind: "array", element: "char8", size: 128 },
        "union u": { kind: "union", size: 32, fields: [{ name: "a", offset: 0, type: "int32" }, { name: "b", offset: 0, type: "char8" }] },
        "func f": { kind: "function", params: ["int32"], returnType: "void", variadic: true },
        void: { kind: "incomplete" },
      },
    });
    if ("types" in result) for (const node of Object.values(result.types)) expect(typeNodeSchema.safeParse(node).success).toBe(true);
  });

  it("rejects kinds our schema cannot hold, naming the node", () => {
    const result = convert({
      int32: { kind: "int", signed: true, size: 32 },
      "class C": { kind: "class", size: 32, inheritance: [], fields: [] },
      "int32&": { kind: "reference", pointee_type: "int32", size: 64 },
      "func g": { kind: "function", params: [], return_type: "int32", has_variadic_args: false, is_virtual_method: false, size: 0, calling_convention: "aapcs-vfp" },
    });
    expect(result).toEqual({
      errors: [
        'types["class C"].kind: kind "class" is not supported by typeNodeSchema',
        'types["int32&"].kind: kind "reference" is not supported by typeNodeSchema',
        'types["func g"].kind: calling_convention "aapcs-vfp" is not supported by typeNodeSchema',
      ],
    });
  });

  it("finds dangling references anywhere and symbols that are not functions", () => {
    const result = convert(
      {
        "int32*": { kind: "pointer", pointee_type: "int32", size: 64 },
        "func f": { kind: "function", params: ["long"], return_type: "int32", has_variadic_args: false, is_virtual_method: false, size: 0 },
      },
      { __do_sys_f: { type: "func f" }, __do_sys_p: { type: "int32*" } },
    );
    expect(result).toEqual({
      errors: [
        'types["int32*"].pointee_type: references missing type "int32"',
        'types["func f"].params[0]: references missing type "long"',
        'types["func f"].return_type: references missing type "int32"',
        'symbols.__do_sys_p.type: "int32*" is a pointer, not a function',
      ],
    });
  });

  it("does not mistake Object.prototype names for graph nodes", () => {
    expect(convert({ "int32*": { kind: "pointer", pointee_type: "constructor", size: 64 } })).toEqual({
      errors: ['types["int32*"].pointee_type: references missing type "constructor"'],
    });
  });
});
