import { expect, test } from "./fixtures";

/**
 * A reverse diff URL redirects to the canonical page with ?swap=1: everything the reader
 * sees (title, heading, breadcrumb, pickers) then reads in the order asked for, while the
 * canonical link keeps naming the canonical page. Kernel pickers keep the view's query.
 */
test("ABI diff, reverse order: heading, title, breadcrumb and pickers follow the shown sides", async ({ page }) => {
  await page.goto("/linux/6.12/diff/arm64/x86_64/");
  await expect(page).toHaveURL(/\/linux\/6\.12\/diff\/x86_64\/arm64\/\?swap=1$/);
  await expect(page.locator("[data-testid=diff-table] thead th").nth(1)).toHaveText("arm64");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^AArch64 and x86-64 system calls compared/);
  await expect(page).toHaveTitle(/^arm64 vs x86_64 system calls/);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("arm64 vs x86_64");
  await expect(page.getByTestId("picker-left").locator("summary")).toContainText("AArch64");
  await expect(page.getByTestId("picker-right").locator("summary")).toContainText("x86-64");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/linux\/6\.12\/diff\/x86_64\/arm64\/$/);
  // The left picker replaces the side shown on the left (arm64) and keeps x86_64 on the right.
  await page.getByTestId("picker-left").locator("summary").click();
  await page.getByTestId("picker-left").getByRole("link", { name: "riscv64" }).click();
  await expect(page).toHaveURL(/\/linux\/6\.12\/diff\/x86_64\/riscv64\/\?swap=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^RISC-V 64 and x86-64/);
  await expect(page.locator("[data-testid=diff-table] thead th").nth(1)).toHaveText("riscv64");
});

test("ABI diff: the swap button turns the heading round too", async ({ page }) => {
  await page.goto("/linux/6.12/diff/x86_64/arm64/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^x86-64 and AArch64/);
  await expect(page.locator("[data-testid=diff-table] tbody tr[data-kind]").first()).toBeVisible();
  await page.getByTestId("swap-sides").click();
  await expect(page).toHaveURL(/swap=1/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^AArch64 and x86-64/);
  await expect(page).toHaveTitle(/^arm64 vs x86_64/);
});

test("kernel diff, reverse order: heading, title, breadcrumb and From/To follow the shown order", async ({ page }) => {
  await page.goto("/linux/7.2..6.12/x86_64/");
  await expect(page).toHaveURL(/\/linux\/6\.12\.\.7\.2\/x86_64\/\?swap=1$/);
  await expect(page.locator("[data-testid=kernel-diff-table] thead th").nth(1)).toHaveText("7.2");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/from Linux 7\.2.* to 6\.12/);
  await expect(page).toHaveTitle(/^x86_64 system calls, Linux 7\.2 → 6\.12/);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Linux 7.2 → 6.12");
  await expect(page.getByTestId("from-picker").locator("[aria-current=page]")).toHaveText(/^7\.2/);
  await expect(page.getByTestId("to-picker").locator("[aria-current=page]")).toHaveText(/^6\.12/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/linux\/6\.12\.\.7\.2\/x86_64\/$/);
});

test("the kernel picker of an ABI diff keeps the search, filters and swap", async ({ page }) => {
  await page.goto("/linux/7.2/diff/x86_64/arm64/?q=open&swap=1");
  await expect(page.locator("[data-testid=diff-table] tbody tr[data-kind]").first()).toBeVisible();
  await page.getByTestId("kernel-picker").getByRole("link", { name: /^6\.12/ }).click();
  await expect(page).toHaveURL(/\/linux\/6\.12\/diff\/x86_64\/arm64\/\?q=open&swap=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^AArch64 and x86-64/);
});

test("the From/To pickers of a kernel diff keep the search and filter", async ({ page }) => {
  await page.goto("/linux/6.12..7.2/x86_64/?q=open&show=added,unchanged");
  await expect(page.locator("[data-testid=kernel-diff-table] tbody tr").first()).toBeVisible();
  const link = page.getByTestId("from-picker").getByRole("link").first();
  // A build with only 6.12 and 7.2 offers no other From kernel (helper logic: keep-query-links.test.ts).
  test.skip((await link.count()) === 0, "no other kernel in this build");
  await link.click();
  await expect(page).toHaveURL(/[?&]q=open/);
  await expect(page).toHaveURL(/show=added(%2C|,)unchanged/);
});
