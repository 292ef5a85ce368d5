import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { makeTree } from "../test-support/fixture-tree";
import { findDebianMirrors, parseDeb822Sources, parseOneLineSources, readAptSources } from "./apt-sources";
import { privateSourcesList } from "./private-apt";

// Fixture mirrors (example hosts); the code itself never names a host.
const DEB822 = `Types: deb
# a comment
URIs: http://mirror.example/debian
Suites: bookworm bookworm-updates
Components: main contrib
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb deb-src
URIs: http://security.example/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: https://vendor.example/apt
Suites: stable
Components: main
Enabled: no
`;

const root = makeTree({
  "etc/apt/sources.list": "# nothing\ndeb [arch=amd64] https://thirdparty.example/apt cloud-sdk main\n",
  "etc/apt/sources.list.d/debian.sources": DEB822,
  "etc/apt/sources.list.d/old.list.disabled": "deb http://wrong.example/debian bookworm main\n",
  "empty/apt/sources.list": "deb https://thirdparty.example/apt nodistro main\n",
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("apt sources", () => {
  it("parses one-line entries with options", () => {
    expect(parseOneLineSources("deb [signed-by=/k.gpg arch=amd64] http://m.example/debian sid main contrib # x\ndeb-src http://m.example/debian sid main\n")).toEqual([
      { uri: "http://m.example/debian", suites: ["sid"], components: ["main", "contrib"], signedBy: "/k.gpg" },
    ]);
  });

  it("parses deb822 stanzas and skips disabled ones", () => {
    const entries = parseDeb822Sources(DEB822);
    expect(entries.map((e) => [e.uri, e.suites])).toEqual([
      ["http://mirror.example/debian", ["bookworm", "bookworm-updates"]],
      ["http://security.example/debian-security", ["bookworm-security"]],
    ]);
  });

  it("reads sources.list, *.list and *.sources only, and finds the Debian mirrors", () => {
    const entries = readAptSources(`${root}/etc/apt`);
    expect(entries.map((e) => e.uri)).toEqual(["https://thirdparty.example/apt", "http://mirror.example/debian", "http://security.example/debian-security"]);
    const m = findDebianMirrors(entries);
    expect(m.archive.uri).toBe("http://mirror.example/debian");
    expect(m.security?.uri).toBe("http://security.example/debian-security");
  });

  it("writes a private sources list with every suite the extractor needs", () => {
    expect(privateSourcesList(readAptSources(`${root}/etc/apt`)).trim().split("\n")).toEqual([
      ...["bullseye", "bookworm", "trixie", "forky", "sid", "experimental"].map(
        (s) => `deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://mirror.example/debian ${s} main`,
      ),
      "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://security.example/debian-security bookworm-security main",
    ]);
  });

  it("explains when no Debian archive is configured", () => {
    expect(() => findDebianMirrors(readAptSources(`${root}/empty/apt`))).toThrow(/no Debian archive found in the apt sources/);
  });
});
