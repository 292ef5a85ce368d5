import { readFileSync } from "node:fs";
import { expect, headerAtTop, interactive, test } from "./fixtures";

const latest = (): string => JSON.parse(readFileSync("out/api/v1/index.json", "utf8")).latest;

test("syscall page: the number and registers on every ABI, anchored per ABI", async ({ page }) => {
  await page.goto("/linux/6.12/syscalls/openat/#arm64");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("openat");
  const arm64 = page.locator("tr#arm64");
  await expect(arm64).toBeInViewport();
  await expect(arm64).toContainText("56");
  await expect(arm64).toContainText("x8= 56");
  await expect(page.locator("tr#x86_64")).toContainText("257");
  await expect(page.locator("tr#x86_64")).toContainText("rdiint dfd");
  await expect(page.getByTestId("conventions")).toContainText("svc #0");
  // A "since" range says what it means on hover; an exact version needs no hint.
  const rangeCell = page.locator("tr#riscv32 td").nth(3);
  const [from, to] = (await rangeCell.innerText()).split("–");
  expect(to, "riscv32's port release only bounds openat's from below").toBeDefined();
  await expect(rangeCell).toHaveAttribute("title", new RegExp(`releases ${from} to ${to}\\b`.replaceAll(".", "\\.")));
  await expect(page.locator("tr#x86_64 td").nth(3)).toHaveText("2.6.16");
  await expect(page.locator("tr#x86_64 td").nth(3)).not.toHaveAttribute("title");
  await expect(page.getByRole("link", { name: "man openat(2)" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^fs\/open\.c:\d+$/ }).first()).toHaveAttribute(
    "href",
    // Elixir at the upstream tag, or Debian's exact tree when Debian's patches could not be undone.
    /(\/linux\/v6\.12\.\d+\/source\/fs\/open\.c#L\d+|sources\.debian\.org\/src\/linux\/6\.12\.\d+-\d+\/fs\/open\.c\/#L\d+)$/,
  );
  await expect(page.getByRole("navigation", { name: "Kernel" }).getByRole("link", { name: /^6\.1$/ })).toHaveAttribute(
    "href",
    "/linux/6.1/syscalls/openat/",
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /openat/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/linux\/6\.12\/syscalls\/openat\/$/);
});

test("all page: every ABI side by side, searchable, ABI columns from the URL", async ({ page }) => {
  await page.goto("/linux/6.12/all/?abis=x86_64,arm64&q=openat");
  await interactive(page, "all-table");
  const head = page.getByTestId("all-table").locator("thead th");
  await expect(head).toHaveText([/Name/, /x86_64/, /arm64/]);
  const first = page.getByTestId("all-table").locator("tbody tr").first();
  await expect(first).toContainText("openat");
  await expect(first).toContainText("257");
  await expect(first).toContainText("56");
  await page.getByTestId("every-filter").check();
  await expect(page).toHaveURL(/every=true/);
});

test("all page without JavaScript: every name on every ABI is in the HTML", async ({ browser, request }) => {
  // The names to expect, from the data API (not from the files the page itself is built from).
  const index = await (await request.get("/api/v1/index.json")).json();
  const abis: string[] = index.kernels.find((k: { id: string }) => k.id === "6.12").abis.map((a: { abi: string }) => a.abi);
  const names = new Set<string>();
  for (const abi of abis) {
    const table = await (await request.get(`/api/v1/linux/6.12/${abi}.json`)).json();
    for (const s of table.syscalls) names.add(s.name);
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/linux/6.12/all/");
  const ids = await page.locator(".all-scroll tr[id]").evaluateAll((rows) => rows.map((r) => r.id));
  expect(ids.length).toBe(names.size);
  expect(new Set(ids)).toEqual(names);
  // In name order, as the disabled toolbar says.
  expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  await expect(page.getByRole("search").locator("p", { hasText: "Search and filters need JavaScript; every row is below, in name order." })).toBeVisible();
  // Far below the first screen, and still with its numbers: x86_64 257, arm64 56.
  const openat = page.locator("tr#openat");
  await expect(openat).toBeVisible();
  await expect(openat.locator("td").nth(abis.indexOf("x86_64"))).toHaveText("257");
  await expect(openat.locator("td").nth(abis.indexOf("arm64"))).toHaveText("56");
  // Scrolled down to it, the header row is still at the top of the table's box.
  await openat.scrollIntoViewIfNeeded();
  await expect.poll(() => headerAtTop(page, 50, ".all-scroll")).toBe("Name");
  await context.close();
});

test("all page: if its rows cannot be loaded, the pre-rendered table stays, and the next use tries again", async ({ page }) => {
  let served = 0;
  await page.route("**/generated/all/6.12.json", async (route) => {
    served += 1;
    if (served === 1) await route.fulfill({ json: { abis: ["x86_64"], rows: [] } }); // not this table's rows
    else await route.continue();
  });
  await page.goto("/linux/6.12/all/");
  await page.mouse.move(1, 1);
  await expect.poll(() => served).toBe(1);
  await expect(page.locator(".all-scroll tr#accept")).toBeVisible();
  await expect(page.getByTestId("all-table")).toHaveCount(0);
  await page.mouse.move(5, 5);
  await expect(page.getByTestId("all-table")).toBeVisible();
  await page.getByRole("searchbox").fill("openat");
  await expect(page.getByTestId("all-table").locator("tbody tr").first()).toContainText("openat");
});

test("/latest/ redirects to the newest stable kernel, keeping query and hash", async ({ page, request }) => {
  const k = latest();
  const raw = await (await request.get("/latest/x86_64/")).text();
  expect(raw).toContain(`<link rel="canonical" href="`);
  expect(raw).toContain(`/linux/${k}/x86_64/"`);
  await page.goto("/latest/x86_64/?q=open#openat");
  await expect(page).toHaveURL(new RegExp(`/linux/${k.replace(".", "\\.")}/x86_64/\\?q=open#openat$`));
  await interactive(page);
  await page.goto("/latest/syscalls/openat/#arm64");
  await expect(page).toHaveURL(new RegExp(`/linux/${k.replace(".", "\\.")}/syscalls/openat/#arm64$`));
});

test("API: index, JSON and CSV tables", async ({ request }) => {
  const index = await (await request.get("/api/v1/index.json")).json();
  expect(index.schemaVersion).toBe(1);
  const k612 = index.kernels.find((k: { id: string }) => k.id === "6.12");
  expect(k612.abis.map((a: { abi: string }) => a.abi)).toContain("x86_64");
  const table = await (await request.get("/api/v1/linux/6.12/x86_64.json")).json();
  expect(table.syscalls.find((s: { name: string }) => s.name === "openat").nr).toBe(257);
  const csv = await (await request.get("/api/v1/linux/6.12/x86_64.csv")).text();
  expect(csv.split("\n")[0]).toMatch(/^nr,nr_hex,name,/);
  expect(csv).toMatch(/\n257,0x101,openat,true,sys_openat,/);
});

test("home, kernel page and sitemap link the pinned pages", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Linux 6.12", exact: true })).toHaveAttribute("href", "/linux/6.12/");
  await page.goto("/linux/6.12/");
  await expect(page.getByRole("link", { name: "x86-64", exact: true })).toHaveAttribute("href", "/linux/6.12/x86_64/");
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/linux\/6\.12\/syscalls\/openat\/<\/loc>/);
  expect(sitemap).toMatch(/<loc>[^<]*\/linux\/6\.12\/diff\/x86_64\/arm64\/<\/loc>/);
  expect(sitemap).toMatch(/<loc>[^<]*\/linux\/6\.1\.\.6\.12\/riscv64\/<\/loc>/);
});

test("the kernel page and a table's Compare menu lead to the diff pages", async ({ page }) => {
  await page.goto("/linux/6.12/");
  await page.getByRole("link", { name: "riscv64 → x86_64" }).click();
  await expect(page).toHaveURL(/\/linux\/6\.12\/diff\/x86_64\/riscv64\/\?swap=1$/);
  await expect(page.locator("h1")).toContainText("RISC-V 64");
  await page.goto("/linux/6.12/");
  const riscvRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: "RISC-V 64", exact: true }) });
  await riscvRow.getByRole("link", { name: "since 6.1" }).click();
  await expect(page).toHaveURL(/\/linux\/6\.1\.\.6\.12\/riscv64\/$/);
  await page.goto("/linux/6.12/i386/");
  await page.getByTestId("compare-menu").locator("summary").click();
  await page.getByTestId("compare-menu").getByRole("link", { name: "vs x86_64" }).click();
  await expect(page).toHaveURL(/\/linux\/6\.12\/diff\/x86_64\/i386\/\?swap=1$/);
  await expect(page.getByTestId("diff-summary").first()).toBeVisible();
});

test("unknown syscall: the 404 page suggests the closest names", async ({ page }) => {
  const response = await page.goto("/linux/6.12/syscalls/opnat/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle(/^Page not found · /);
  const suggestions = page.getByTestId("suggestions");
  await expect(suggestions.getByRole("link").first()).toHaveAttribute("href", "/linux/6.12/syscalls/openat/");
  await page.goto("/linux/6.12/x86-64/");
  await expect(page.getByTestId("suggestions").getByRole("link").first()).toHaveAttribute("href", "/linux/6.12/x86_64/");
});

test("source links: upstream lines go to Elixir at the tag (5.10, the latest kernel), Debian-only lines to Debian's exact tree", async ({ page, request }) => {
  const index = (await (await request.get("/api/v1/index.json")).json()) as { kernels: { id: string }[] };
  expect(index.kernels.map((k) => k.id)).toContain("5.10");
  // 5.10's manifest records the Debian patch series undone (upstream lines): fork is in a patched file.
  await page.goto("/linux/5.10/syscalls/fork/");
  await expect(page.getByRole("link", { name: /^kernel\/fork\.c:\d+$/ }).first()).toHaveAttribute(
    "href",
    /^https:\/\/elixir\.bootlin\.com\/linux\/v5\.10\.\d+\/source\/kernel\/fork\.c#L\d+$/,
  );
  // The kernel /latest points at, the one most links are made from, is read upstream too.
  const k = latest();
  await page.goto(`/linux/${k}/syscalls/openat/`);
  await expect(page.getByRole("link", { name: /^fs\/open\.c:\d+$/ }).first()).toHaveAttribute(
    "href",
    new RegExp(`^https://elixir\\.bootlin\\.com/linux/v${k.replace(".", "\\.")}\\.\\d+/source/fs/open\\.c#L\\d+$`),
  );
  // The 7.3 preview: Elixir at its -rc tag, or Debian's exact tree while its patches cannot be undone.
  await page.goto("/linux/7.3/syscalls/openat/");
  await expect(page.getByRole("link", { name: /^fs\/open\.c:\d+$/ }).first()).toHaveAttribute(
    "href",
    /^(https:\/\/elixir\.bootlin\.com\/linux\/v7\.3-rc\d+\/source|https:\/\/sources\.debian\.org\/src\/linux\/7\.3~rc\d+-[^/]+)\/fs\/open\.c\/?#L\d+$/,
  );
});
