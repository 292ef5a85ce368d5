import { describe, expect, it } from "vitest";
import { historyVersion } from "./man-history";
import { buildManPages, hasManPage, manVersion, soLinkTarget, type ManFile } from "./man-pages";

const SYSCALLS = [".TS", "l l l.", "\\f[B]_llseek\\f[](2)\t1.2", "\\f[B]openat\\f[](2)\t2.6.16", "\\f[B]close\\f[](2)\t1.0", ".TE"].join("\n");

const OPEN_PAGE = [
  ".SH NAME",
  "open, openat, creat \\- open and possibly create a file",
  ".SH HISTORY",
  ".TP",
  ".BR open ()",
  ".TQ",
  ".BR creat ()",
  "SVr4, 4.3BSD, POSIX.1-2001.",
  ".TP",
  ".BR openat ()",
  "POSIX.1-2008.",
  "Linux 2.6.16,",
  "glibc 2.4.",
  ".SH SEE ALSO",
].join("\n");

const NEWCALL_PAGE = [".SH NAME", "newcall \\- a call", ".SH HISTORY", '.\\" commit 0123abcd', "Linux 6.5.", ".SH SEE ALSO", "Linux 1.0"].join("\n");

const FILES: ManFile[] = [
  { name: "syscalls", text: SYSCALLS },
  { name: "open", text: OPEN_PAGE },
  { name: "openat", linkTo: "open" },
  { name: "creat", text: '.\\" alias\n.so man2/open.2\n' },
  { name: "_llseek", text: ".SH NAME\n_llseek\n" },
  { name: "newcall", text: NEWCALL_PAGE },
  { name: "newalias", linkTo: "newcall" },
  { name: "dangling", linkTo: "nowhere" },
  { name: "loop1", linkTo: "loop2" },
  { name: "loop2", linkTo: "loop1" },
];

describe("man page aliases", () => {
  it("reads .so stubs", () => {
    expect(soLinkTarget('.\\" c\n.so man2/open.2\n')).toBe("open");
    expect(soLinkTarget(".so open.2")).toBe("open");
    expect(soLinkTarget(".TH open 2\n.so man2/open.2")).toBeNull();
  });

  it("counts own pages, symlinks and .so stubs; not dangling or looping links", () => {
    const man = buildManPages(FILES, null);
    for (const n of ["open", "openat", "creat", "_llseek", "newcall", "newalias"]) expect(hasManPage(man, n), n).toBe(true);
    for (const n of ["dangling", "loop1", "nosuchcall"]) expect(hasManPage(man, n), n).toBe(false);
    expect(man.pages.get("creat")).toBe("open");
  });

  it("maps leading-underscore spellings both ways", () => {
    const man = buildManPages(FILES, null);
    expect(hasManPage(man, "llseek")).toBe(true);
    expect(manVersion(man, "llseek")?.version).toBe("1.2");
    expect(hasManPage(man, "_newcall")).toBe(true);
    expect(hasManPage(man, "_")).toBe(false);
  });

  it("needs syscalls.2", () => {
    expect(() => buildManPages([{ name: "open", text: OPEN_PAGE }], null)).toThrow(/syscalls\.2/);
  });
});

describe("versions", () => {
  it("prefers the syscalls(2) table, then HISTORY", () => {
    const man = buildManPages(FILES, null);
    expect(manVersion(man, "openat")).toMatchObject({ version: "2.6.16", from: "syscalls(2)" });
    expect(manVersion(man, "newcall")).toEqual({ version: "6.5", from: "HISTORY" });
    expect(manVersion(man, "nosuchcall")).toBeNull();
  });

  it("reads tagged HISTORY entries only for the tagged name", () => {
    expect(historyVersion(OPEN_PAGE, "openat", false)).toBe("2.6.16");
    expect(historyVersion(OPEN_PAGE, "creat", false)).toBeNull();
    expect(historyVersion(OPEN_PAGE, "close", false)).toBeNull();
  });

  it("reads untagged HISTORY only from the call's own page", () => {
    expect(historyVersion(NEWCALL_PAGE, "newcall", true)).toBe("6.5");
    expect(historyVersion(NEWCALL_PAGE, "newalias", false)).toBeNull();
    const man = buildManPages(FILES, null);
    expect(manVersion(man, "newalias")).toBeNull();
  });
});
