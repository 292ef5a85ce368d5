import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { isAllRowsFile } from "@/lib/data/all-rows-file";
import { isTableRowsFile } from "@/lib/data/table-rows-file";
import { siteIndexSchema } from "@/lib/data/site-index-schema";
import { fuzzySearcher } from "@/lib/search/fuzzy";
import { isSearchIndexFile } from "@/lib/search/search-doc";
import { abiFileSchema } from "@/lib/schema/kernel-api";
import { generate, OUTPUT_ROOTS } from "./generate";
import type { KernelInput } from "./read-inputs";
import { manifest, sampleInputs, syscall, abiFile } from "./test-fixtures";

function inputs(): KernelInput[] {
  return sampleInputs().map((k) => ({
    manifest: manifest(k.kernel, k.files, { release: "release" in k ? k.release : undefined, preview: "preview" in k ? k.preview : undefined }),
    files: k.files,
  }));
}

const ORIGIN = "https://atlas.test";

describe("generate", () => {
  const out = generate(inputs(), ORIGIN);
  const text = (p: string) => {
    const v = out.get(p);
    if (v === undefined) throw new Error(`missing ${p}`);
    return v;
  };

  it("writes only under its output roots", () => {
    for (const p of out.keys()) expect(OUTPUT_ROOTS.some((r) => p.startsWith(`${r}/`))).toBe(true);
  });

  it("lists kernels oldest first and points latest at the newest stable kernel", () => {
    const site = siteIndexSchema.parse(JSON.parse(text("generated/site.json")));
    expect(site.kernels.map((k) => k.id)).toEqual(["6.1", "6.12", "7.3"]);
    expect(site.latest).toBe("6.12");
    expect(site.kernels[1]?.abis.map((a) => a.abi)).toEqual(["x86_64", "i386"]);
  });

  it("writes page data without the type graph, and the API file as validated", () => {
    const withTypes = inputs();
    withTypes[0]!.files[0] = { ...withTypes[0]!.files[0]!, types: { t: { kind: "incomplete" } } };
    const o = generate(withTypes, ORIGIN);
    expect(JSON.parse(o.get("generated/linux/6.1/x86_64.json")!)).not.toHaveProperty("types");
    const api = abiFileSchema.parse(JSON.parse(o.get("public/api/v1/linux/6.1/x86_64.json")!));
    expect(api.types).toEqual({ t: { kind: "incomplete" } });
  });

  it("writes a CSV table per ABI, one row per syscall in number order", () => {
    const csv = Papa.parse<Record<string, string>>(text("public/api/v1/linux/6.12/x86_64.csv"), { header: true, skipEmptyLines: true });
    expect(csv.data.map((r) => r.name)).toEqual(["read", "execve", "openat", "openat2"]);
    const openat = csv.data[2]!;
    expect(openat.nr).toBe("257");
    expect(openat.nr_hex).toBe("0x101");
    expect(openat.params).toBe("int dfd, const char __user *filename");
    expect(openat.categories).toBe("desc file");
    expect(openat.source_line).toBe("1447");
  });

  it("writes an API index that links every table", () => {
    const idx = JSON.parse(text("public/api/v1/index.json"));
    expect(idx.latest).toBe("6.12");
    const k = idx.kernels.find((x: { id: string }) => x.id === "7.3");
    expect(k.preview).toBe(true);
    for (const a of k.abis) {
      expect(out.has(`public${a.json}`)).toBe(true);
      expect(out.has(`public${a.csv}`)).toBe(true);
    }
  });

  it("gives every ABI in the API index what the register rule needs", () => {
    const abis: { id: string; registerBits: number; wordBits: number; alignsRegisterPairs: boolean; nrBase: number }[] = JSON.parse(text("public/api/v1/index.json")).abis;
    const of = (id: string) => abis.find((a) => a.id === id);
    // x32 and MIPS n32: ILP32 with 64-bit registers, so a loff_t is one register there.
    expect(of("x32")).toMatchObject({ wordBits: 32, registerBits: 64, alignsRegisterPairs: false, nrBase: 0x40000000 });
    expect(of("mips-n32")).toMatchObject({ wordBits: 32, registerBits: 64, nrBase: 6000 });
    expect(of("mips-o32")).toMatchObject({ registerBits: 32, alignsRegisterPairs: true, nrBase: 4000 });
    expect(of("arm")).toMatchObject({ registerBits: 32, alignsRegisterPairs: true, nrBase: 0 });
    expect(of("i386")).toMatchObject({ registerBits: 32, alignsRegisterPairs: false });
    expect(of("x86_64")).toMatchObject({ registerBits: 64, nrBase: 0 });
    for (const a of abis) expect(typeof a.alignsRegisterPairs, a.id).toBe("boolean");
  });

  it("writes /latest/ redirects for every page of the latest kernel", () => {
    const html = text("public/latest/syscalls/openat2/index.html");
    expect(html).toContain('location.replace("/linux/6.12/syscalls/openat2/"+location.search+location.hash)');
    expect(html).toContain('<link rel="canonical" href="https://atlas.test/linux/6.12/syscalls/openat2/">');
    expect(out.has("public/latest/x86_64/index.html")).toBe(true);
    expect(out.has("public/latest/all/index.html")).toBe(true);
    expect(out.has("public/latest/index.html")).toBe(true);
    expect(text("public/latest/diff/x86_64/i386/index.html")).toContain('"/linux/6.12/diff/x86_64/i386/"');
    expect(text("public/latest/diff/i386/x86_64/index.html")).toContain('"/linux/6.12/diff/x86_64/i386/?swap=1"');
  });

  it("writes a search index per table that finds syscalls", () => {
    const file: unknown = JSON.parse(text("public/generated/search/6.12/x86_64.json"));
    if (!isSearchIndexFile(file)) throw new Error("bad index");
    expect(file.names).toEqual(["read", "execve", "openat", "openat2"]);
    const search = fuzzySearcher(file);
    expect(search("openat")[0]?.name).toBe("openat");
    const all: unknown = JSON.parse(text("public/generated/search/6.12/all.json"));
    expect(isSearchIndexFile(all) && all.names).toEqual(["execve", "openat", "openat2", "read"]);
  });

  it("writes the all table's rows for the browser, in the site's ABI order, with each ABI's own number", () => {
    const file: unknown = JSON.parse(text("public/generated/all/6.12.json"));
    if (!isAllRowsFile(file, ["x86_64", "i386"])) throw new Error("bad rows file");
    const openat2 = file.rows.find((r) => r.name === "openat2");
    expect(openat2?.nrs).toEqual([437, null]);
    expect(file.rows.find((r) => r.name === "execve")?.nrs).toEqual([59, 11]);
    expect(file.rows.map((r) => r.name)).toEqual(["execve", "openat", "openat2", "read"]);
  });

  it("writes each table's rows for the browser in number order, with the registers of this ABI", () => {
    const x86: unknown = JSON.parse(text("public/generated/table/6.12/x86_64.json"));
    if (!isTableRowsFile(x86, "6.12", "x86_64")) throw new Error("bad rows file");
    expect(x86.rows.map((r) => r.nr)).toEqual([0, 59, 257, 437]);
    const i386: unknown = JSON.parse(text("public/generated/table/6.12/i386.json"));
    if (!isTableRowsFile(i386, "6.12", "i386")) throw new Error("bad rows file");
    const execve = (rows: typeof x86.rows) => rows.find((r) => r.name === "execve")?.params?.[0]?.regs;
    expect([execve(x86.rows), execve(i386.rows)]).toEqual([["rdi"], ["ebx"]]);
  });

  it("writes the names index for the 404 page", () => {
    const names = JSON.parse(text("public/generated/names.json"));
    expect(names.latest).toBe("6.12");
    expect(names.kernels.find((k: { id: string }) => k.id === "6.1").names).toEqual(["execve", "openat", "read"]);
  });

  it("falls back to the newest kernel for /latest/ when every kernel is a preview", () => {
    const only = [{ manifest: manifest("7.3", [abiFile("7.3", "x86_64", [syscall(1, "write")])], { preview: true }), files: [abiFile("7.3", "x86_64", [syscall(1, "write")])] }];
    expect(JSON.parse(generate(only, ORIGIN).get("generated/site.json")!).latest).toBe("7.3");
  });
});
