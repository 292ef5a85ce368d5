import { describe, expect, it } from "vitest";
import { compareKernelIds, newestStable, parseKernelRange, releaseTag } from "./kernel-version";
import { elixirUrl, manUrl, sourceUrl } from "./links";

describe("releaseTag", () => {
  it("keeps stable patch levels", () => {
    expect(releaseTag("6.12.117")).toBe("v6.12.117");
    expect(releaseTag("5.10.223")).toBe("v5.10.223");
  });
  it("drops a .0 patch level, as mainline tags do", () => {
    expect(releaseTag("6.12.0")).toBe("v6.12");
    expect(releaseTag("7.3")).toBe("v7.3");
  });
  it("keeps rc suffixes without the .0", () => {
    expect(releaseTag("7.3.0-rc7")).toBe("v7.3-rc7");
    expect(releaseTag("7.3-rc1")).toBe("v7.3-rc1");
  });
  it("drops Debian and local suffixes", () => {
    expect(releaseTag("6.1.0-27-amd64")).toBe("v6.1");
    expect(releaseTag("6.12.117-1")).toBe("v6.12.117");
    expect(releaseTag("6.1.192+deb12u1")).toBe("v6.1.192");
  });
  it("refuses what is not a version", () => {
    expect(releaseTag("linux")).toBeNull();
  });
});

describe("links", () => {
  it("points Elixir at the exact tag and line", () => {
    expect(elixirUrl("7.3.0-rc7", "fs/open.c", 1447)).toBe("https://elixir.bootlin.com/linux/v7.3-rc7/source/fs/open.c#L1447");
    expect(elixirUrl("6.12.117", "arch/x86/kernel/sys_x86_64.c", 80)).toBe(
      "https://elixir.bootlin.com/linux/v6.12.117/source/arch/x86/kernel/sys_x86_64.c#L80",
    );
  });
  it("links section 2 man pages", () => {
    expect(manUrl("openat")).toBe("https://man7.org/linux/man-pages/man2/openat.2.html");
  });
});

describe("kernel ids", () => {
  it("orders numerically", () => {
    expect(["6.12", "5.10", "7.3", "6.1", "7.2"].sort(compareKernelIds)).toEqual(["5.10", "6.1", "6.12", "7.2", "7.3"]);
  });
  it("finds the newest stable kernel", () => {
    const ks = [
      { id: "6.12", preview: false },
      { id: "7.3", preview: true },
      { id: "7.2", preview: false },
      { id: "6.1", preview: false },
    ];
    expect(newestStable(ks)?.id).toBe("7.2");
    expect(newestStable([{ id: "7.3", preview: true }])).toBeNull();
  });
  it("parses kernel ranges", () => {
    expect(parseKernelRange("6.1..6.12")).toEqual({ from: "6.1", to: "6.12" });
    expect(parseKernelRange("6.12")).toBeNull();
    expect(parseKernelRange("6.1...6.12")).toBeNull();
  });
});

describe("sourceUrl", () => {
  it("links Elixir at the upstream tag when the lines are upstream's", () => {
    expect(sourceUrl({ release: "5.10.223", debianSource: null }, "kernel/fork.c", 2484)).toBe(
      "https://elixir.bootlin.com/linux/v5.10.223/source/kernel/fork.c#L2484",
    );
  });
  it("links Debian's tree at the exact package version when the lines are Debian's", () => {
    expect(sourceUrl({ release: "7.3.0-rc7", debianSource: "7.3~rc7-1~exp1" }, "kernel/fork.c", 2925)).toBe(
      "https://sources.debian.org/src/linux/7.3~rc7-1~exp1/kernel/fork.c/#L2925",
    );
  });
});
