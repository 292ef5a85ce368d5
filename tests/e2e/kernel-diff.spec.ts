import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

/** The kernel diff page (/linux/<a>..<b>/<abi>/) on the real data, 6.1 to 6.12 on x86_64. */
const PAGE = "/linux/6.1..6.12/x86_64/";
const rows = "[data-testid=kernel-diff-table] tbody tr";

test("lists what changed, with counts; unchanged syscalls on request", async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.getByTestId("diff-summary").first().locator("[data-kind=added]")).toContainText("added");
  await expect(page.locator(rows).first()).toBeVisible();
  // Added between 6.1 and 6.12 on x86_64: cachestat (451, 6.5), map_shadow_stack (453, 6.6), mseal (462, 6.10).
  for (const [name, nr] of [["cachestat", "451"], ["map_shadow_stack", "453"], ["mseal", "462"]] as const) {
    await expect(page.locator(`tr#${name}`)).toContainText("added");
    await expect(page.locator(`tr#${name} td`).nth(2)).toHaveText(nr);
  }
  await expect(page.locator("tr#read")).toHaveCount(0);
  await page.getByRole("button", { name: /unchanged/ }).click();
  await expect(page.locator("tr#read")).toContainText("unchanged");
});

test("the reverse range redirects and reads backwards", async ({ page }) => {
  await page.goto("/linux/6.12..6.1/x86_64/#mseal");
  await expect(page).toHaveURL(/\/linux\/6\.1\.\.6\.12\/x86_64\/\?swap=1#mseal$/);
  await expect(page.locator("tr#mseal")).toContainText("removed");
  await expect(page.locator("tr#mseal")).toHaveAttribute("data-target", "");
  await expect(page.locator("[data-testid=kernel-diff-table] thead th").nth(1)).toHaveText("6.12");
});

test("search finds a syscall by name", async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator(rows).first()).toBeVisible();
  await page.getByTestId("syscall-search").fill("mseal");
  await expect(page.locator(rows)).toHaveCount(1);
  await expect(page).toHaveURL(/q=mseal/);
});

test("has no serious accessibility violations", async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator(rows).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});
