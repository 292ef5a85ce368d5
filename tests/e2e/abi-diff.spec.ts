import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

/**
 * The ABI diff page (/linux/<kernel>/diff/<a>/<b>/) on the real data at 6.12: counts,
 * rows computed in the browser, filters, search, swap, anchors, pickers, the reverse URL.
 */
const PAGE = "/linux/6.12/diff/x86_64/arm64/";
const rows = "[data-testid=diff-table] tbody tr[data-kind]";

async function loaded(page: import("@playwright/test").Page) {
  await expect(page.locator(rows).first()).toBeVisible();
}

test("shows counts, then rows with verdicts and equivalents", async ({ page }) => {
  await page.goto(PAGE);
  const summary = page.getByTestId("diff-summary").first();
  await expect(summary.locator("[data-kind=only-a]")).toContainText("only on x86_64");
  await loaded(page);
  await page.getByTestId("syscall-search").fill("open");
  const open = page.locator("tr#open");
  await expect(open).toContainText("only on x86_64");
  await expect(open.getByRole("link", { name: "openat", exact: true })).toHaveAttribute("href", "/linux/6.12/arm64/#openat");
  await expect(page.locator("tr#openat")).toContainText("renumbered");
  await expect(page).toHaveURL(/\?q=open/);
});

test("filters by kind of difference and by reason", async ({ page }) => {
  await page.goto(PAGE);
  await loaded(page);
  await page.getByRole("button", { name: /only on x86_64/ }).click();
  await expect(page).toHaveURL(/show=only-a/);
  const kinds = await page.locator(rows).evaluateAll((trs) => [...new Set(trs.map((t) => t.getAttribute("data-kind")))]);
  expect(kinds).toEqual(["only-a"]);
  const count = await page.getByRole("button", { name: /only on x86_64/ }).locator(".ct").textContent();
  await expect(page.getByTestId("diff-count")).toContainText(`${count} of`);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/show=/);
});

test("swaps sides and keeps it in the URL", async ({ page }) => {
  await page.goto(`${PAGE}?q=fork`);
  await loaded(page);
  await expect(page.locator("tr#fork")).toContainText("only on x86_64");
  await page.getByTestId("swap-sides").click();
  await expect(page).toHaveURL(/swap=1/);
  await expect(page.locator("[data-testid=diff-table] thead th").nth(1)).toHaveText("arm64");
  await expect(page.locator("tr#fork")).toContainText("only on x86_64");
  await expect(page.locator("tr#fork td").nth(2)).toHaveText("57");
});

test("the reverse URL redirects to the shared page, arm64 first, keeping the anchor", async ({ page }) => {
  await page.goto("/linux/6.12/diff/arm64/x86_64/#openat");
  await expect(page).toHaveURL(/\/linux\/6\.12\/diff\/x86_64\/arm64\/\?swap=1#openat$/);
  await loaded(page);
  await expect(page.locator("[data-testid=diff-table] thead th").nth(1)).toHaveText("arm64");
  await expect(page.locator("tr#openat")).toHaveAttribute("data-target", "");
  await expect(page.locator("tr#openat td").nth(1)).toHaveText("56");
});

test("a row anchor scrolls to and marks the row; copy permalink copies the view", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${PAGE}#vfork`);
  await loaded(page);
  await expect(page.locator("tr#vfork")).toBeInViewport();
  await expect(page.locator("tr#vfork")).toHaveAttribute("data-target", "");
  await page.getByRole("button", { name: "Copy permalink" }).click();
  // The write is asynchronous: the page's live region says when it is done.
  await expect(page.locator("#copy-status")).toHaveText("Copied: Copy permalink");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/linux\/6\.12\/diff\/x86_64\/arm64\/#vfork$/);
});

test("pickers lead to other pairs and kernels", async ({ page }) => {
  await page.goto(PAGE);
  await page.getByTestId("picker-right").locator("summary").click();
  await page.getByTestId("picker-right").getByRole("link", { name: "riscv64" }).click();
  await expect(page).toHaveURL(/\/linux\/6\.12\/diff\/x86_64\/riscv64\/$/);
  await loaded(page);
  await page.getByTestId("picker-left").locator("summary").click();
  await page.getByTestId("picker-left").getByRole("link", { name: "arm64" }).click();
  await expect(page).toHaveURL(/\/linux\/6\.12\/diff\/arm64\/riscv64\/$/);
  await page.getByTestId("syscall-search").fill("riscv_hwprobe");
  await expect(page.locator("tr#riscv_hwprobe")).toContainText("only on riscv64");
});

test("reads in the order asked for: the reverse pair's reasons name i386 first", async ({ page }) => {
  await page.goto("/linux/6.12/diff/i386/x86_64/?q=pread64");
  await expect(page).toHaveURL(/\/diff\/x86_64\/i386\/\?.*swap=1/);
  const row = page.locator("tr#pread64");
  await expect(row).toContainText("split across esi:edi as");
  await expect(row).toContainText("on i386; one register (r10) on x86_64");
  await expect(row.locator("td").nth(1)).toHaveText("180");
});

test("has no serious accessibility violations", async ({ page }) => {
  await page.goto(PAGE);
  await loaded(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});
