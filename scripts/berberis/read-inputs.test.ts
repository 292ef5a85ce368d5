import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "./generate";
import { readInputs } from "./read-inputs";
import { customSyscalls, defaultFixture, kernelSyscalls, removeTempDirs, riscvApi, writeFixture } from "./test-fixtures";

afterAll(removeTempDirs);

const failure = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("expected an error");
};
const importDir = (dir: string) => generate(readInputs(dir), { kernel: "6.1", command: "test" });

describe("readInputs: bad input is named by file and JSON path", () => {
  it("reads a good directory and hashes the files it read, in a fixed order", () => {
    const inputs = readInputs(writeFixture());
    expect(inputs.files).toEqual(["kernel_syscalls.json", "custom_syscalls.json", "kernel_api_arm.json", "kernel_api_riscv64.json", "kernel_api_x86.json"]);
    expect(inputs.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readInputs(writeFixture()).sha256).toBe(inputs.sha256);
  });

  it("works without custom_syscalls.json", () => {
    const dir = writeFixture();
    rmSync(join(dir, "custom_syscalls.json"));
    const inputs = readInputs(dir);
    expect(inputs.custom).toBeNull();
    expect(inputs.files).not.toContain("custom_syscalls.json");
  });

  it("reports a missing directory, kernel_syscalls.json, or kernel_api file of a used arch", () => {
    expect(failure(() => readInputs("/nonexistent/berberis"))).toContain("/nonexistent/berberis: input directory does not exist");
    const noSyscalls = writeFixture({ ...defaultFixture(), kernel_syscalls: undefined });
    expect(failure(() => readInputs(noSyscalls))).toMatch(/^kernel_syscalls\.json: missing file/);
    const noApi = writeFixture({ ...defaultFixture(), x86: undefined });
    expect(failure(() => readInputs(noApi))).toMatch(/^kernel_api_x86\.json: missing file/);
  });

  it("reports malformed JSON with the file name", () => {
    const dir = writeFixture({ ...defaultFixture(), custom_syscalls: undefined, raw: { "custom_syscalls.json": '{"__NR_x": {' } });
    expect(failure(() => readInputs(dir))).toMatch(/^custom_syscalls\.json: malformed JSON/);
  });

  it("reports an entry without id at its path", () => {
    const syscalls = kernelSyscalls();
    syscalls["__NR_openat"] = { riscv64: { entry: "sys_openat" } };
    const dir = writeFixture({ ...defaultFixture(), kernel_syscalls: syscalls });
    expect(failure(() => readInputs(dir))).toBe("kernel_syscalls.json: __NR_openat.riscv64.id: missing id");
  });

  it("rejects unknown keys and bad ids instead of dropping them", () => {
    const syscalls = kernelSyscalls();
    syscalls["__NR_openat"] = { riscv64: { id: "fifty", entry: "sys_openat", extra: 1 } };
    const message = failure(() => readInputs(writeFixture({ ...defaultFixture(), kernel_syscalls: syscalls })));
    expect(message).toContain("kernel_syscalls.json: __NR_openat.riscv64.id: id must be a decimal or 0x-hex number");
    expect(message).toContain("kernel_syscalls.json: __NR_openat.riscv64");
    expect(message).toMatch(/extra/);
  });

  it("reports a type that references a missing node, with the node's path", () => {
    const api = riscvApi();
    api.types["struct stat"].fields.push({ name: "st_x", offset: 128, type: "struct missing" });
    const dir = writeFixture({ ...defaultFixture(), riscv64: api });
    expect(failure(() => importDir(dir))).toBe('kernel_api_riscv64.json: types["struct stat"].fields[3].type: references missing type "struct missing"');
  });

  it("reports a symbol whose prototype is missing, and a pointer of the wrong width", () => {
    const api = riscvApi();
    (api.symbols as Record<string, { type: string }>)["__do_sys_gone"] = { type: "func __do_sys_gone" };
    expect(failure(() => importDir(writeFixture({ ...defaultFixture(), riscv64: api })))).toBe(
      'kernel_api_riscv64.json: symbols.__do_sys_gone.type: references missing type "func __do_sys_gone"',
    );
    const narrow = riscvApi();
    narrow.types["struct stat*"].size = 32;
    expect(failure(() => importDir(writeFixture({ ...defaultFixture(), riscv64: narrow })))).toBe(
      'kernel_api_riscv64.json: types["struct stat*"].size: a 32-bit pointer, but riscv64 pointers are 64 bits',
    );
  });

  it("rejects a custom id that contradicts kernel_syscalls.json", () => {
    const custom = customSyscalls();
    custom["__NR_openat"] = { riscv64: { id: "57" } };
    expect(failure(() => importDir(writeFixture({ ...defaultFixture(), custom_syscalls: custom })))).toBe(
      "custom_syscalls.json: __NR_openat.riscv64.id: 57 contradicts kernel_syscalls.json (56)",
    );
  });
});
