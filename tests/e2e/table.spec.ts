import { expect, interactive, rowNames, test } from "./fixtures";

const TABLE = "/linux/6.12/x86_64/";

test.describe("one ABI table", () => {
  test("pre-renders every row, with details, for readers without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${TABLE}#openat`);
    const rows = page.locator("tbody.row-group");
    expect(await rows.count()).toBeGreaterThan(300);
    await expect(page.locator("#openat .row-details")).toBeVisible();
    await expect(page.locator("#openat .row-details")).toContainText("sys_openat");
    await expect(page.locator("#read .row-details")).toBeHidden();
    await context.close();
  });

  test("search finds openat by name, by decimal number and by hex number", async ({ page }) => {
    await page.goto(TABLE);
    await interactive(page);
    const search = page.getByTestId("syscall-search");
    for (const q of ["openat", "257", "0x101"]) {
      await search.fill(q);
      await expect.poll(async () => (await rowNames(page))[0]).toBe("openat");
    }
    await expect(page).toHaveURL(/\?q=0x101$/);
  });

  test("fuzzy search tolerates a typo and matches parameter names", async ({ page }) => {
    await page.goto(`${TABLE}?q=opnat`);
    await interactive(page);
    await expect.poll(async () => rowNames(page)).toContain("openat");
    await page.getByTestId("syscall-search").fill("filename");
    await expect.poll(async () => rowNames(page)).toContain("openat");
  });

  test("'/' focuses the search box", async ({ page }) => {
    await page.goto(TABLE);
    await interactive(page);
    await page.locator("body").press("/");
    await expect(page.getByTestId("syscall-search")).toBeFocused();
  });

  test("a category filter narrows the rows and survives a reload through the URL", async ({ page }) => {
    await page.goto(TABLE);
    await interactive(page);
    const count = page.getByTestId("result-count");
    const before = await count.textContent();
    await page.getByTestId("category-filter").locator("summary").click();
    await page.getByTestId("category-filter").getByRole("checkbox", { name: /^network/ }).check();
    await expect(page).toHaveURL(/[?&]cat=network(&|$)/);
    await expect(count).toHaveText(/^\d+ of \d+ syscalls$/);
    const after = await count.textContent();
    expect(after).not.toBe(before);
    expect(await rowNames(page)).toContain("socket");
    expect(await rowNames(page)).not.toContain("read");
    await page.reload();
    await interactive(page);
    await expect(count).toHaveText(after ?? "");
    expect(await rowNames(page)).toContain("socket");
  });

  test("a row anchor opens that row's details", async ({ page }) => {
    await page.goto(`${TABLE}#openat`);
    await interactive(page);
    const details = page.locator("#openat .row-details");
    await expect(details).toBeVisible();
    await expect(details.getByRole("link", { name: /^Source: fs\/open\.c:\d+$/ })).toHaveAttribute(
      "href",
      // Upstream lines link Elixir at the tag; Debian's (patches not undone) link that exact tree.
      /^https:\/\/(elixir\.bootlin\.com\/linux\/v6\.12\.\d+\/source\/fs\/open\.c#L\d+|sources\.debian\.org\/src\/linux\/6\.12\.\d+-\d+\/fs\/open\.c\/#L\d+)$/,
    );
    await expect(details.getByRole("link", { name: "man openat(2)" })).toHaveAttribute("href", "https://man7.org/linux/man-pages/man2/openat.2.html");
    await expect(details).toContainText("int dfd /* rdi */"); // the interactive table's details carry the signature
  });

  test("clicking a name opens its details in place and names it in the hash", async ({ page }) => {
    await page.goto(`${TABLE}?q=execve`);
    await interactive(page);
    const link = page.locator("#execve").getByRole("link", { name: "execve", exact: true });
    await link.click();
    await expect(page.locator("#execve .row-details")).toBeVisible();
    await expect(page).toHaveURL(/\?q=execve#execve$/);
    await link.click();
    await expect(page.locator("#execve .row-details")).toHaveCount(0);
  });

  test("sorting and hidden columns live in the URL", async ({ page }) => {
    await page.goto(TABLE);
    await interactive(page);
    await page.getByRole("button", { name: /^Name/ }).click();
    await expect(page).toHaveURL(/sort=name/);
    const names = await rowNames(page);
    expect(names.slice(0, 5)).toEqual([...names.slice(0, 5)].sort());
    await page.getByTestId("column-picker").locator("summary").click();
    await page.getByTestId("column-picker").getByRole("checkbox", { name: "Entry point" }).uncheck();
    await expect(page).toHaveURL(/cols=nr,name,sig,cat/);
    await expect(page.getByRole("columnheader", { name: /Entry point/ })).toHaveCount(0);
  });

  test("the kernel and ABI pickers keep the current search", async ({ page }) => {
    await page.goto(`${TABLE}?q=openat`);
    await interactive(page);
    await page.getByTestId("abi-picker").locator("summary").click();
    await page.getByTestId("abi-picker").getByRole("link", { name: "arm64", exact: true }).click();
    await expect(page).toHaveURL(/\/linux\/6\.12\/arm64\/\?q=openat$/);
    await interactive(page);
    await expect.poll(async () => (await rowNames(page))[0]).toBe("openat");
    await page.getByRole("navigation", { name: "Kernel" }).getByRole("link", { name: /^6\.1$/ }).click();
    await expect(page).toHaveURL(/\/linux\/6\.1\/arm64\/\?q=openat$/);
  });

  test("x32 numbers answer to the number without the x32 bit", async ({ page }) => {
    await page.goto("/linux/6.12/x32/?q=257");
    await interactive(page);
    await expect.poll(async () => (await rowNames(page))[0]).toBe("openat");
  });
});
