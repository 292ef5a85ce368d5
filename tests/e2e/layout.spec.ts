import { readFileSync } from "node:fs";
import { expect, interactive, test } from "./fixtures";

/** Layout and wording checks from a user audit: each fails on the defect it names. */
const latest = (): string => JSON.parse(readFileSync("out/api/v1/index.json", "utf8")).latest;

test("a syscall page's ABI anchor lands below the sticky table header", async ({ page }) => {
  await page.goto("/linux/6.12/syscalls/openat/#mips-n64");
  const row = page.locator("tr#mips-n64");
  await expect(row).toBeInViewport();
  await expect
    .poll(async () => {
      const rowTop = await row.evaluate((r) => r.getBoundingClientRect().top);
      const headBottom = await page.getByTestId("abi-rows").locator("thead th").first().evaluate((th) => th.getBoundingClientRect().bottom);
      return rowTop - headBottom;
    })
    .toBeGreaterThanOrEqual(0);
});

test("the header's Table and All ABIs links follow the page's kernel", async ({ page }) => {
  test.skip(latest() === "6.12", "6.12 is the latest kernel in this build");
  await page.goto("/linux/6.12/syscalls/openat/");
  const nav = page.getByRole("navigation", { name: "Site" });
  await expect(nav.getByRole("link", { name: "Table" })).toHaveAttribute("href", "/linux/6.12/x86_64/");
  await expect(nav.getByRole("link", { name: "All ABIs" })).toHaveAttribute("href", "/linux/6.12/all/");
  await page.goto("/");
  await expect(nav.getByRole("link", { name: "All ABIs" })).toHaveAttribute("href", `/linux/${latest()}/all/`);
});

test("all page at 1280 px: every ABI header fits its column", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/linux/6.12/all/");
  await interactive(page, "all-table");
  await expect(page.getByTestId("all-table").getByRole("button", { name: /loongarch64/ })).toBeVisible();
  const overflowing = await page.getByTestId("all-table").locator("thead th button").evaluateAll((bs) =>
    bs.filter((b) => b.scrollWidth > b.clientWidth + 1 || b.getBoundingClientRect().right > b.parentElement!.getBoundingClientRect().right + 1).map((b) => b.textContent),
  );
  expect(overflowing).toEqual([]);
});

test("kernel diff names are never broken mid-word", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/linux/6.12..7.2/x86_64/");
  await expect(page.locator("tr#open_tree_attr")).toBeVisible();
  const broken = await page.locator("[data-testid=kernel-diff-table] tbody tr td:first-child a").evaluateAll((as) =>
    as.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent),
  );
  expect(broken).toEqual([]);
});

test("the Arguments filter offers only counts some syscall has", async ({ page }) => {
  await page.goto("/linux/6.12/x86_64/");
  await interactive(page);
  const values = await page.getByTestId("args-filter").locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(values).toEqual(["", "0", "1", "2", "3", "4", "5", "6"]);
});

test("the search placeholder fits its box at 1280 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/linux/6.12/x86_64/");
  await interactive(page);
  const fit = await page.getByTestId("syscall-search").evaluate((el) => {
    const input = el as HTMLInputElement;
    const cs = getComputedStyle(input);
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    return { text: ctx.measureText(input.placeholder).width, room };
  });
  expect(fit.text).toBeLessThanOrEqual(fit.room);
});

test("without JavaScript the kernel diff says the rows need it and links the data", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/linux/6.12..7.2/x86_64/");
  const status = page.getByTestId("rows-status");
  await expect(status).toContainText("need JavaScript");
  await expect(status).not.toContainText("Loading");
  await expect(status.getByRole("link", { name: "6.12", exact: true })).toHaveAttribute("href", "/api/v1/linux/6.12/x86_64.json");
  await expect(status.getByRole("link", { name: "7.2", exact: true })).toHaveAttribute("href", "/api/v1/linux/7.2/x86_64.json");
  await context.close();
});

test("on a phone and a tablet, an open row's details leave the signature its full column", async ({ page }) => {
  for (const width of [390, 800]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto("/linux/6.12/x86_64/#openat");
    const row = page.locator("tbody#openat");
    await expect(row.locator(".row-details")).toBeVisible();
    const { sig, shown, table } = await row.evaluate((g) => {
      const cells = [...g.querySelectorAll("tr:first-child > td")].map((c) => c.getBoundingClientRect().width);
      return {
        sig: g.querySelector("td.c-sig")?.getBoundingClientRect().width ?? 0,
        shown: cells.reduce((a, b) => a + b, 0),
        table: g.closest("table")?.getBoundingClientRect().width ?? 0,
      };
    });
    // The row's cells fill the table: no made-up columns beside them.
    expect(Math.abs(shown - table), `at ${width} px`).toBeLessThan(2);
    expect(sig, `at ${width} px`).toBeGreaterThan(100);
  }
});
