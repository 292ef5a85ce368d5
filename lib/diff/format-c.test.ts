import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffAbis } from "./abi-diff";
import { renderCHeader } from "./format-c";
import { abiFile, sys } from "./test-fixtures";

const guest = abiFile("mips-o32", [
  sys("read", 4003, [["fd", "unsigned int", 4]]),
  sys("open", 4005, [["filename", "const char __user *", 4]]),
  sys("mmap2", 4210, []),
  sys("cacheflush", 4147, [], { notes: ["closes */ a comment /* opens one"] }),
  sys("fork", 4002, []),
]);
const host = abiFile("arm64", [
  sys("read", 63, [["fd", "unsigned int", 4]]),
  sys("openat", 56, []),
  sys("mmap", 222, []),
  sys("clone", 220, []),
]);

const dir = mkdtempSync(path.join(tmpdir(), "atlas-c-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compile(source: string): void {
  const file = path.join(dir, "map.c");
  writeFileSync(file, source);
  execFileSync("gcc", ["-std=c99", "-Wall", "-Werror", "-c", file, "-o", path.join(dir, "map.o")], { stdio: "pipe" });
}

describe("renderCHeader", () => {
  const text = renderCHeader(diffAbis(guest, host), { generatedBy: "a test with */ in it" });

  it("maps guest numbers to host numbers and marks missing calls", () => {
    expect(text).toContain("static inline long atlas_mips_o32_to_arm64_nr(long guest_nr)");
    expect(text).toMatch(/case 4003: return 63; \/\* read \*\//);
    expect(text).toMatch(/case 4005: return ATLAS_NR_NONE; \/\* open: not on arm64; equivalent openat \(56\)/);
    expect(text).toMatch(/case 4210: return ATLAS_NR_NONE; \/\* mmap2: not on arm64; equivalent mmap \(222\)/);
    expect(text).toContain('{ 4002, ATLAS_NR_NONE, ATLAS_SYSCALL_MISSING, "fork" },');
    expect(text).toContain("On arm64 only (no mips-o32 number): clone, mmap, openat");
  });

  it("compiles with gcc -Wall -Werror, alone and included twice with another mapping", () => {
    compile(`${text}\n`);
    const reverse = renderCHeader(diffAbis(host, guest));
    compile(`${text}\n${reverse}\n#include <stddef.h>\nlong use(long n) { return atlas_mips_o32_to_arm64_nr(n) + (long)sizeof atlas_arm64_to_mips_o32_table; }\n`);
  });

  it("runs: the generated function returns the mapped numbers", () => {
    const file = path.join(dir, "run.c");
    writeFileSync(
      file,
      `#include <stdio.h>\n${text}\nint main(void) { printf("%ld %ld %ld\\n", atlas_mips_o32_to_arm64_nr(4003), atlas_mips_o32_to_arm64_nr(4005), atlas_mips_o32_to_arm64_nr(9999)); return 0; }\n`,
    );
    execFileSync("gcc", ["-Wall", "-Werror", file, "-o", path.join(dir, "run")], { stdio: "pipe" });
    expect(execFileSync(path.join(dir, "run"), { encoding: "utf8" }).trim()).toBe("63 -1 -1");
  });
});
