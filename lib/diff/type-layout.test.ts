import { describe, expect, it } from "vitest";
import type { TypeNode } from "@/lib/schema/kernel-api";
import { LayoutComparer, type TypeGraph } from "./type-layout";

const int = (bits: number): TypeNode => ({ kind: "int", signed: true, size: bits });
const ptr = (pointee: string, bits: number): TypeNode => ({ kind: "pointer", pointee, size: bits });
const struct = (size: number, fields: [string, number, string][]): TypeNode => ({
  kind: "struct",
  size,
  fields: fields.map(([name, offset, type]) => ({ name, offset, type })),
});

/** A 64-bit graph: struct timespec { int64 sec; int64 nsec; }, a linked list, void. */
const g64: TypeGraph = {
  int32: int(32),
  int64: int(64),
  void: { kind: "incomplete" },
  "void*": ptr("void", 64),
  "struct timespec": struct(128, [["tv_sec", 0, "int64"], ["tv_nsec", 64, "int64"]]),
  "struct timespec const": { kind: "const", base: "struct timespec" },
  "struct timespec const*": ptr("struct timespec const", 64),
  "struct timespec*": ptr("struct timespec", 64),
  "struct node": struct(128, [["next", 0, "struct node*"], ["value", 64, "int64"]]),
  "struct node*": ptr("struct node", 64),
  "int32[4]": { kind: "array", element: "int32", size: 128 },
};

describe("LayoutComparer", () => {
  it("finds identical graphs compatible, looking through const", () => {
    const c = new LayoutComparer(g64, g64);
    expect(c.compare("struct timespec*", "struct timespec*")).toBeNull();
    expect(c.compare("struct timespec const*", "struct timespec*")).toBeNull();
    expect(c.compare("void*", "void*")).toBeNull();
  });

  it("names the first field whose offset differs, through a pointer", () => {
    const g32: TypeGraph = {
      ...g64,
      "struct timespec": struct(96, [["tv_sec", 0, "int64"], ["tv_nsec", 32, "int64"]]),
    };
    const m = new LayoutComparer(g64, g32).compare("struct timespec*", "struct timespec*");
    expect(m).toEqual({ path: "struct timespec* → struct timespec.tv_nsec", what: "offset", a: "8 bytes", b: "4 bytes" });
  });

  it("names a field whose type has a different size", () => {
    const g32: TypeGraph = { ...g64, "struct timespec": struct(128, [["tv_sec", 0, "int32"], ["tv_nsec", 64, "int64"]]) };
    const m = new LayoutComparer(g64, g32).compare("struct timespec", "struct timespec");
    expect(m?.path).toBe("struct timespec.tv_sec → int64 / int32");
    expect([m?.what, m?.a, m?.b]).toEqual(["size", "8 bytes", "4 bytes"]);
  });

  it("reports a pointer of another width before looking behind it", () => {
    const g32: TypeGraph = { ...g64, "struct timespec*": ptr("struct timespec", 32) };
    expect(new LayoutComparer(g64, g32).compare("struct timespec*", "struct timespec*")).toMatchObject({ what: "size", a: "8 bytes", b: "4 bytes" });
  });

  it("terminates on a self-referencing struct and still finds a difference inside the cycle", () => {
    expect(new LayoutComparer(g64, g64).compare("struct node*", "struct node*")).toBeNull();
    const other: TypeGraph = { ...g64, "struct node": struct(128, [["next", 0, "struct node*"], ["value", 64, "int32"]]) };
    const m = new LayoutComparer(g64, other).compare("struct node*", "struct node*");
    expect(m?.path).toBe("struct node* → struct node.value → int64 / int32");
  });

  it("terminates on a two-struct cycle with a difference deep in it", () => {
    const a: TypeGraph = {
      int64: int(64),
      "struct a": struct(128, [["b", 0, "struct b*"], ["x", 64, "int64"]]),
      "struct b": struct(128, [["a", 0, "struct a*"], ["y", 64, "int64"]]),
      "struct a*": ptr("struct a", 64),
      "struct b*": ptr("struct b", 64),
    };
    const b: TypeGraph = { ...a, "struct b": struct(192, [["a", 0, "struct a*"], ["y", 128, "int64"]]) };
    expect(new LayoutComparer(a, a).compare("struct a*", "struct a*")).toBeNull();
    const m = new LayoutComparer(a, b).compare("struct a*", "struct a*");
    expect(m).toEqual({ path: "struct a* → struct a.b → struct b* → struct b.y", what: "offset", a: "8 bytes", b: "16 bytes" });
  });

  it("compares arrays by size and element, and kinds", () => {
    const other: TypeGraph = { ...g64, "int32[4]": { kind: "array", element: "int32", size: 96 } };
    expect(new LayoutComparer(g64, other).compare("int32[4]", "int32[4]")).toMatchObject({ what: "size", a: "16 bytes", b: "12 bytes" });
    expect(new LayoutComparer(g64, g64).compare("int32[4]", "struct timespec")).toMatchObject({ what: "kind" });
    expect(new LayoutComparer(g64, g64).compare("void", "int64")).toMatchObject({ what: "kind", a: "incomplete", b: "int" });
  });

  it("reports a field present on one side only, and a type missing from the data", () => {
    const other: TypeGraph = { ...g64, "struct timespec": struct(192, [["tv_sec", 0, "int64"], ["tv_nsec", 64, "int64"], ["pad", 128, "int64"]]) };
    expect(new LayoutComparer(g64, other).compare("struct timespec", "struct timespec")).toMatchObject({ path: "struct timespec.pad", what: "field", a: "absent" });
    expect(new LayoutComparer(g64, g64).compare("struct nope", "struct nope")).toMatchObject({ what: "missing type" });
  });
});

describe("LayoutComparer paths", () => {
  it("names both types when the sides point to differently named types", () => {
    const other: TypeGraph = {
      ...g64,
      "struct old*": ptr("struct old", 64),
      "struct old": struct(64, [["tv_sec", 0, "int32"], ["tv_nsec", 32, "int32"]]),
    };
    const m = new LayoutComparer(g64, other).compare("struct timespec*", "struct old*");
    expect(m?.path).toBe("struct timespec* / struct old* → struct timespec / struct old.tv_sec → int64 / int32");
  });
});

describe("LayoutComparer.compareArgument", () => {
  const g32: TypeGraph = { ...g64, "struct timespec*": ptr("struct timespec", 32), "void*": ptr("void", 32), int64: int(32) };

  it("looks behind pointers of different widths: the register width is the parameter size's business", () => {
    const c = new LayoutComparer(g64, g32);
    expect(c.compareArgument("void*", "void*")).toBeNull();
    expect(c.compareArgument("int64", "int64")).toBeNull();
    // ...but what the pointer points to still has to match.
    expect(c.compareArgument("struct timespec*", "struct timespec*")).toMatchObject({
      path: "struct timespec* → struct timespec.tv_sec → int64",
      what: "size",
    });
  });
});

describe("LayoutComparer unions", () => {
  it("accepts a union on one side when a member at offset 0 has the other side's layout", () => {
    const arr: TypeNode = { kind: "array", element: "int32", size: 128 };
    const a: TypeGraph = { ...g64, "struct s": struct(128, [["data", 0, "int32[4]"]]), "int32[4]": arr };
    const b: TypeGraph = {
      ...g64,
      "int32[4]": arr,
      "int32[]": { kind: "array", element: "int32", size: 0, incomplete: true },
      "union s::#1": { kind: "union", size: 128, fields: [{ name: "min", offset: 0, type: "int32[4]" }, { name: "data", offset: 0, type: "int32[]" }] },
      "struct s": struct(128, [["", 0, "union s::#1"]]),
    };
    expect(new LayoutComparer(a, b).compare("struct s", "struct s")).toBeNull();
    expect(new LayoutComparer(b, a).compare("struct s", "struct s")).toBeNull();
    const c: TypeGraph = { ...b, "union s::#1": { kind: "union", size: 128, fields: [{ name: "x", offset: 0, type: "int64" }] } };
    expect(new LayoutComparer(a, c).compare("struct s", "struct s")).toMatchObject({ what: "field", b: "(anonymous) (union s::#1) at 0 bytes" });
  });
});
