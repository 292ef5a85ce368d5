import { expect, headerAtTop, interactive, rowNames, test } from "./fixtures";

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
    // openat is far past the first screen; the column headers still head the screen.
    await expect.poll(() => headerAtTop(page, 200)).toBe("Name");
    // The toolbar is there (same place as with JavaScript) but disabled, and says why.
    await expect(page.getByTestId("syscall-search")).toBeDisabled();
    await expect(page.getByRole("search").locator("p", { hasText: "Search and filters need JavaScript; every row is below, in number order." })).toBeVisible();
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
      // 6.12's data has upstream lines (Debian's patches undone): Elixir at the release tag.
      /^https:\/\/elixir\.bootlin\.com\/linux\/v6\.12\.\d+\/source\/fs\/open\.c#L\d+$/,
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

test.describe("before the interactive table has loaded", () => {
  // Opened without view state in the URL, a table page shows the pre-rendered table and
  // loads the interactive one on first use; nothing a reader does in between is lost.

  test("what a reader types into the search box carries over, and the box keeps the focus", async ({ page }) => {
    await page.goto(TABLE);
    await expect(page.getByTestId("syscall-table")).toHaveCount(0); // still the pre-rendered table
    const search = page.getByTestId("syscall-search");
    await search.fill("openat");
    await interactive(page);
    await expect(search).toHaveValue("openat");
    await expect(search).toBeFocused();
    await expect.poll(async () => (await rowNames(page))[0]).toBe("openat");
    await page.keyboard.type("2");
    await expect.poll(async () => (await rowNames(page))[0]).toBe("openat2");
  });

  test("'/' focuses the search box", async ({ page }) => {
    await page.goto(TABLE);
    // Once the page runs (its toolbar enabled): before that no script listens for keys.
    await expect(page.getByTestId("syscall-search")).toBeEnabled();
    await page.locator("body").press("/");
    await expect(page.getByTestId("syscall-search")).toBeFocused();
    await interactive(page);
    await expect(page.getByTestId("syscall-search")).toBeFocused();
  });

  test("a category ticked in the open menu stays ticked, the menu open, and the rows filtered", async ({ page }) => {
    await page.goto("/linux/6.12/all/");
    const menu = page.getByTestId("category-filter");
    await menu.locator("summary").dispatchEvent("click"); // a click that does not move the mouse
    await menu.getByRole("checkbox", { name: /^network/ }).dispatchEvent("click");
    await interactive(page, "all-table");
    await expect(menu).toHaveAttribute("open", "");
    await expect(menu.getByRole("checkbox", { name: /^network/ })).toBeChecked();
    await expect(page).toHaveURL(/[?&]cat=network(&|$)/);
    await expect(page.getByTestId("result-count")).toHaveText(/^\d+ of \d+ syscalls$/);
  });

  test("if the rows cannot be loaded, the pre-rendered table stays, and the next use tries again", async ({ page }) => {
    let served = 0;
    await page.route("**/generated/table/6.12/x86_64.json", async (route) => {
      served += 1;
      if (served === 1) await route.fulfill({ json: { kernel: "6.12", abi: "arm64", rows: [] } }); // another table's rows
      else await route.continue();
    });
    await page.goto(TABLE);
    await page.mouse.move(1, 1);
    await expect.poll(() => served).toBe(1);
    await expect(page.locator("tbody#read")).toBeVisible();
    await expect(page.getByTestId("syscall-table")).toHaveCount(0);
    await page.mouse.move(5, 5);
    await interactive(page);
    await page.getByTestId("syscall-search").fill("0x101");
    await expect.poll(async () => (await rowNames(page))[0]).toBe("openat");
  });

  test("on a phone the table does not move when the interactive one replaces it", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(TABLE);
    const top = () => page.locator("table.data-table").first().evaluate((t) => t.getBoundingClientRect().top);
    const before = await top();
    await interactive(page);
    expect(await top()).toBe(before);
  });
});
