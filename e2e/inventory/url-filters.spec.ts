import { test, expect } from "@playwright/test";
import { storageStateFor } from "../support/roles";

test.use({ storageState: storageStateFor("admin") });

test("an admin filters and sorts the Cloud PC list, and the view survives a reload as a shareable link", async ({ page }) => {
  await page.goto("/cloud-pcs");
  const table = page.getByRole("table", { name: "Cloud PCs" });
  await expect(table).toBeVisible();
  const pager = page.getByRole("navigation", { name: "Pagination" });
  const allRows = await pager.getByText(/^[\d,]+–[\d,]+ of [\d,]+$/).innerText();

  const filters = page.getByRole("search", { name: "Filter the cloud pcs" });
  await filters.getByLabel("Join type").selectOption("hybridAzureADJoin");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]joinType=hybridAzureADJoin/);
  await expect(pager.getByText(/^[\d,]+–[\d,]+ of [\d,]+$/)).not.toHaveText(allRows);

  await table.getByRole("button", { name: "Name" }).click();
  await expect(page).toHaveURL(/[?&]sort=-name/);
  await expect(table.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "descending");

  // The rows arrive from the table's JSON route after the URL changes: wait for the sorted page.
  const descending = (list: string[]) => list.length > 1 && list.every((name, i) => i === 0 || list[i - 1].localeCompare(name) >= 0);
  await expect.poll(async () => descending(await table.getByRole("rowheader").allInnerTexts())).toBe(true);
  await expect(table).toHaveAttribute("aria-busy", "false");
  const names = await table.getByRole("rowheader").allInnerTexts();
  await expect(table.getByText("Hybrid join", { exact: true })).toHaveCount(names.length);
  await expect(table.getByText("Entra join", { exact: true })).toHaveCount(0);
  const filteredRows = await pager.getByText(/^[\d,]+–[\d,]+ of [\d,]+$/).innerText();

  // What a colleague sees when they open the link: the same filter, sort and rows.
  await page.reload();
  await expect(page.getByRole("search", { name: "Filter the cloud pcs" }).getByLabel("Join type")).toHaveValue("hybridAzureADJoin");
  await expect(table.getByRole("columnheader", { name: "Name" })).toHaveAttribute("aria-sort", "descending");
  expect(await table.getByRole("rowheader").allInnerTexts()).toEqual(names);
  await expect(pager.getByText(/^[\d,]+–[\d,]+ of [\d,]+$/)).toHaveText(filteredRows);
});

test("Back and Forward step through the table's views", async ({ page }) => {
  await page.goto("/cloud-pcs");
  const pager = page.getByRole("navigation", { name: "Pagination" });
  const range = pager.getByText(/^[\d,]+–[\d,]+ of [\d,]+$/);
  const allRows = await range.innerText();
  const filters = page.getByRole("search", { name: "Filter the cloud pcs" });
  await filters.getByLabel("SSO applied").selectOption("no");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(range).not.toHaveText(allRows);
  const filteredRows = await range.innerText();

  await page.goBack();
  await expect(page).not.toHaveURL(/sso=/);
  await expect(range).toHaveText(allRows);
  await expect(filters.getByLabel("SSO applied")).toHaveValue("");
  await page.goForward();
  await expect(page).toHaveURL(/[?&]sso=no/);
  await expect(range).toHaveText(filteredRows);
  await expect(filters.getByLabel("SSO applied")).toHaveValue("no");
});

test("an admin searches users by UPN and pages through the results with the keyboard", async ({ page }) => {
  await page.goto("/users?pageSize=10");
  const table = page.getByRole("table", { name: "Users" });
  await expect(table.getByRole("rowheader")).toHaveCount(10);
  const next = page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("Page 2 of");

  const search = page.getByRole("search", { name: "Filter the users" }).getByLabel("Search");
  await search.fill("#EXT#");
  await search.press("Enter");
  await expect(page).toHaveURL(/[?&]q=%23EXT%23/);
  await expect(page).not.toHaveURL(/[?&]page=/);
  // The rows come from the table's JSON route after the URL changes: wait until they are the guests.
  const upns = async () => {
    const rows = table.getByRole("row").filter({ has: page.getByRole("rowheader") });
    const texts: string[] = [];
    for (let i = 0; i < (await rows.count()); i++) texts.push(await rows.nth(i).getByRole("cell").first().innerText());
    return texts;
  };
  await expect.poll(async () => (await upns()).every((upn) => upn.includes("#EXT#"))).toBe(true);
  expect((await upns()).length).toBeGreaterThan(0);
});
