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
    await page.goto("about:blank"); // a fresh load at this width, not a jump to the anchor in the open page
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

test("from phone to desktop, no signature runs into the next column and the page never scrolls sideways", async ({ page }) => {
  for (const width of [390, 768, 1024, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/linux/6.12/x86_64/"); // the pre-rendered table; setitimer (38) has a long type
    await expect(page.locator("tbody#setitimer")).toBeAttached();
    const { over, sig, pageWidth, viewport } = await page.evaluate(() => {
      const cells = [...document.querySelectorAll<HTMLElement>("td.c-sig")];
      const over = cells
        .filter((td) => [...td.querySelectorAll(".p")].some((p) => p.getBoundingClientRect().right > td.getBoundingClientRect().right + 1))
        .map((td) => td.closest("tbody")?.id);
      const sig = document.querySelector("td.c-sig")?.getBoundingClientRect().width ?? 0;
      return { over, sig, pageWidth: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth };
    });
    expect(over, `at ${width} px`).toEqual([]);
    expect(pageWidth, `at ${width} px`).toBeLessThanOrEqual(viewport);
    // From a tablet up, the signature keeps a readable width (~22rem).
    if (width >= 768) expect(sig, `at ${width} px`).toBeGreaterThan(340);
  }
});

test("syscall page on a tablet: the page never scrolls sideways, and no number or button label is broken mid-word", async ({ page }) => {
  for (const width of [768, 900]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/linux/6.12/syscalls/rt_sigtimedwait_time64/"); // long entry points and types, x32's 10-digit number
    const { broken, pageWidth, viewport } = await page.evaluate(() => {
      const lines = (n: Node) => {
        const r = document.createRange();
        r.selectNodeContents(n);
        return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
      };
      const table = document.querySelector('[data-testid="abi-rows"]')!;
      const words = [...table.querySelectorAll("button"), ...[...table.querySelectorAll("tbody td:nth-of-type(1)")].map((td) => td.firstChild!)];
      return {
        broken: words.filter((w) => lines(w) > 1).map((w) => w.textContent),
        pageWidth: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
      };
    });
    expect(broken, `at ${width} px`).toEqual([]);
    expect(pageWidth, `at ${width} px`).toBeLessThanOrEqual(viewport);
  }
});

test("where the table leaves columns out, the Columns menu says so", async ({ page }) => {
  for (const [width, note] of [[900, true], [1280, false]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/linux/6.12/x86_64/?q=open");
    await interactive(page);
    await page.getByTestId("column-picker").locator("summary").click();
    const says = page.getByTestId("column-picker").getByText("Narrow screens leave out the entry point");
    if (note) await expect(says).toBeVisible();
    else await expect(says).toBeHidden();
    await expect(page.locator("td.c-entry").first()).toBeVisible({ visible: !note });
  }
});

test("a row anchor lands at the top, and turning a tablet keeps that row there", async ({ page }) => {
  for (const [url, selector] of [
    ["/linux/6.12/x86_64/#openat", "tbody#openat"],
    ["/linux/6.12/diff/x86_64/arm64/#openat", "tr#openat"],
  ] as const) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("about:blank");
    await page.goto(url);
    const row = page.locator(selector);
    for (const width of [390, 1024, 390, 800]) {
      await page.setViewportSize({ width, height: 844 });
      // In sight at the top, just below the header: not rows above or below it.
      const y = async () => (await row.boundingBox())?.y ?? -1;
      await expect.poll(y, { message: `${url} at ${width} px` }).toBeGreaterThanOrEqual(0);
      await expect.poll(y, { message: `${url} at ${width} px` }).toBeLessThan(120);
    }
  }
});
