/**
 * Berberis (nogrod) type graph -> our `typeNodeSchema` graph. Keys stay the DWARF names
 * ("unsigned char8 const*", "struct stat", "struct #12"); sizes and offsets stay in BITS.
 * Every reference must name a node of the same graph; a dangling one is an input error.
 * Kinds our schema cannot hold (C++ class, references, restrict, atomic, nullptr_t, a
 * calling convention) are rejected with the node's path rather than dropped.
 */
import type { TypeNode } from "@/lib/schema/kernel-api";
import { jsonPath } from "./json-path";
import type { KernelApi, RawType } from "./raw-schema";

type Ref = { path: (string | number)[]; name: string };
type Converted = { node: TypeNode; refs: Ref[] } | { error: string };

function convertNode(key: string, raw: RawType): Converted {
  const at = (...rest: (string | number)[]) => ["types", key, ...rest];
  const unsupported = (what: string): Converted => ({ error: `${jsonPath(at("kind"))}: ${what} is not supported by typeNodeSchema` });
  switch (raw.kind) {
    case "int":
    case "char":
      return { node: { kind: raw.kind, signed: raw.signed, size: raw.size }, refs: [] };
    case "float":
      return { node: { kind: "float", size: raw.size }, refs: [] };
    case "pointer":
      return { node: { kind: "pointer", pointee: raw.pointee_type, size: raw.size }, refs: [{ path: at("pointee_type"), name: raw.pointee_type }] };
    case "const":
    case "volatile":
      return { node: { kind: raw.kind, base: raw.base_type, size: raw.size }, refs: [{ path: at("base_type"), name: raw.base_type }] };
    case "array":
      return { node: { kind: "array", element: raw.element_type, size: raw.size }, refs: [{ path: at("element_type"), name: raw.element_type }] };
    case "struct":
    case "union":
      return {
        node: { kind: raw.kind, size: raw.size, fields: raw.fields.map((f) => ({ name: f.name, offset: f.offset, type: f.type })) },
        refs: raw.fields.map((f, i) => ({ path: at("fields", i, "type"), name: f.type })),
      };
    case "function":
      if (raw.calling_convention !== undefined) return unsupported(`calling_convention "${raw.calling_convention}"`);
      return {
        node: { kind: "function", params: [...raw.params], returnType: raw.return_type, variadic: raw.has_variadic_args },
        refs: [...raw.params.map((p, i) => ({ path: at("params", i), name: p })), { path: at("return_type"), name: raw.return_type }],
      };
    case "incomplete":
      return { node: { kind: "incomplete" }, refs: [] };
    default:
      return unsupported(`kind "${raw.kind}"`);
  }
}

/** Returns the converted graph, or error lines (without the file name). */
export function convertTypes(api: KernelApi): { types: Record<string, TypeNode> } | { errors: string[] } {
  const types: Record<string, TypeNode> = {};
  const errors: string[] = [];
  const refs: Ref[] = [];
  for (const [key, raw] of Object.entries(api.types)) {
    const result = convertNode(key, raw);
    if ("error" in result) errors.push(result.error);
    else {
      types[key] = result.node;
      refs.push(...result.refs);
    }
  }
  for (const [name, symbol] of Object.entries(api.symbols)) refs.push({ path: ["symbols", name, "type"], name: symbol.type });
  for (const ref of refs) {
    if (!Object.hasOwn(api.types, ref.name)) errors.push(`${jsonPath(ref.path)}: references missing type ${JSON.stringify(ref.name)}`);
  }
  for (const [name, symbol] of Object.entries(api.symbols)) {
    const target = api.types[symbol.type];
    if (target && target.kind !== "function")
      errors.push(`${jsonPath(["symbols", name, "type"])}: ${JSON.stringify(symbol.type)} is a ${target.kind}, not a function`);
  }
  return errors.length ? { errors } : { types };
}
