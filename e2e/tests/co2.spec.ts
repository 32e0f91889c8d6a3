import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiLogin, gql, must, openAs, operatorToken, parisDay, studioWithManager, unique } from '../support/helpers';
import { BookDesksDocument, Co2SettingsCo22Document, Co2SettingsCo2Document, ConfirmBookingDocument, ReportDocument, UpdateCo2SettingsCo2Document } from '../support/documents';

// The settings test changes factors every report uses: the file runs in order.
test.describe.configure({ mode: 'serial' });

interface Report {
  machinesAvoided: number;
  grossAvoidedKg: number;
  flexFootprintKg: number;
  netAvoidedKg: number;
  carKmEquivalent: number;
  deskDays: number;
  perStudio: Array<{ studio: { name: string }; machinesAvoided: number }>;
  conservative: { netAvoidedKg: number };
  assumptions: Array<{ key: string; value: number }>;
}

/** The page's own number format (French, up to `digits` decimals), spaces made plain as Playwright reads them. */
const fr = (value: number, digits = 1) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits }).format(value).replace(/[\u202f\u00a0]/g, ' ');
/** "12,3 t CO₂e" from 1 t on, "336,6 kg CO₂e" below, as the page writes figures. */
const co2 = (kg: number) => (Math.abs(kg) >= 1000 ? `${fr(kg / 1000)} t CO₂e` : `${fr(kg)} kg CO₂e`);

/** The whole page: the shell scrolls its main area, so the window is made as tall as the content first. */
async function screenshot(page: Page, name: string) {
  const height = await page.locator('main').evaluate((el) => el.scrollHeight + 80);
  await page.setViewportSize({ width: 1440, height: Math.max(900, height) });
  await page.screenshot({ path: join(__dirname, '..', 'screenshots', name) });
  await page.setViewportSize({ width: 1440, height: 900 });
}

const todayInParis = () => parisDay(0);

// Held to the password policy: 12+ characters, nothing from the manager's name or e-mail.
const MANAGER_PASSWORD = 'Prune-Cerf-Volant-2026';

/** A studio of its own, an active contract, its manager and a confirmed block of 3 desks for a week in three weeks. */
async function studioWithBooking(request: APIRequestContext) {
  const { op, studio, managerEmail: email } = await studioWithManager(request, { namePrefix: 'Studio Carbone', managerPrefix: 'co2-manager', managerName: 'Inès Carrel', password: MANAGER_PASSWORD });
  const [startDate, endDate] = [parisDay(21), parisDay(27)];
  const { bookDesks: booking } = await must(
    gql(
      request,
      BookDesksDocument,
      { input: { studioId: studio.id, productionName: 'Le Grand Herbier — pilote', startDate, endDate, deskCount: 3 } },
      op,
    ),
  );
  if (booking.status !== 'CONFIRMED') await must(gql(request, ConfirmBookingDocument, { id: booking.id }, op));
  return { studio, managerEmail: email, startDate, endDate };
}

async function apiReport(request: APIRequestContext, token: string, from: string, to: string, studioId?: string): Promise<Report> {
  const res = await gql(request, ReportDocument, { from, to, studioId }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.co2Report;
}

/** The page shows the API's figures for the period (retried: other suites may book meanwhile). */
async function expectPageShows(page: Page, request: APIRequestContext, token: string, from: string, to: string, studioId?: string) {
  await expect(async () => {
    const r = await apiReport(request, token, from, to, studioId);
    await expect(page.getByTestId('co2-net')).toHaveText(`${fr(r.netAvoidedKg / 1000)} t CO₂e`, { timeout: 1500 });
    await expect(page.getByTestId('co2-machines')).toHaveText(fr(r.machinesAvoided, 0), { timeout: 1500 });
    await expect(page.getByTestId('co2-gross')).toHaveText(co2(r.grossAvoidedKg), { timeout: 1500 });
    await expect(page.getByTestId('co2-flex')).toHaveText(co2(r.flexFootprintKg), { timeout: 1500 });
    await expect(page.getByTestId('co2-conservative-net')).toHaveText(co2(r.conservative.netAvoidedKg), { timeout: 1500 });
    const table = page.getByRole('table', { name: 'Par studio' });
    for (const line of r.perStudio) await expect(table.getByRole('row').filter({ hasText: line.studio.name })).toContainText(fr(line.machinesAvoided, 0), { timeout: 1500 });
    if (r.netAvoidedKg > 0) await expect(page.getByText(`≈ ${fr(Math.round(r.carKmEquivalent), 0)} km en voiture thermique`)).toBeVisible({ timeout: 1500 });
  }).toPass({ timeout: 20_000 });
}

test.describe('CO2 saved report', () => {
  test("the operator's report shows the API's figures for this year and since opening, with sources, limits and exports", async ({ page, request }) => {
    const token = await operatorToken(request);
    const today = todayInParis();
    const year = today.slice(0, 4);
    await page.addInitScript(() => {
      // The PDF button prints the page: record that it printed the report alone.
      (window as unknown as { print: () => void }).print = () => {
        (window as unknown as { printedReport: boolean }).printedReport = document.body.classList.contains('co2-printing');
      };
    });
    await openAs(page, '/co2');
    await expect(page.getByRole('heading', { level: 1, name: 'CO₂ évité' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Cette année' })).toHaveAttribute('aria-pressed', 'true');
    await expectPageShows(page, request, token, `${year}-01-01`, `${year}-12-31`);

    // Every factor is stated with its source; the limits sit beside the figures.
    const assumptions = page.locator('.co2-assumptions');
    await expect(assumptions.locator('[data-assumption=referenceKitKg]')).toContainText('700');
    await expect(assumptions.locator('[data-assumption=referenceKitKg]')).toContainText('Étude fondatrice');
    await expect(assumptions.locator('[data-assumption=refurbishedFactor]')).toContainText('ADEME (2022)');
    await expect(assumptions.locator('[data-assumption=carKgPerKm]')).toContainText('142 g CO₂e/km');
    await expect(page.getByText('Double compte')).toBeVisible();
    await expect(page.getByText(/QuantiGES/)).toBeVisible();
    await screenshot(page, 'co2-report.png');

    // Since opening: from the first kit's purchase to the end of this year, so that it holds this year.
    const yearEnd = `${today.slice(0, 4)}-12-31`;
    await page.getByRole('button', { name: 'Depuis l’ouverture' }).click();
    const settings = await gql(request, Co2SettingsCo2Document, {}, token);
    const openedOn = settings.data!.co2Settings.openedOn!;
    await expect(page).toHaveURL(new RegExp(`from=${openedOn}&to=${yearEnd}`));
    await expectPageShows(page, request, token, openedOn, yearEnd);

    // CSV: the figures of the page, in a French spreadsheet's format.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`co2-${openedOn}-${yearEnd}.csv`);
    const csv = readFileSync((await file.path())!, 'utf8');
    const r = await apiReport(request, token, openedOn, yearEnd);
    expect(csv).toContain(`Machines non achetées;${r.machinesAvoided};machines`);
    expect(csv).toContain(`CO₂ évité net;${String(r.netAvoidedKg).replace('.', ',')};kg CO2e`);
    expect(csv).toContain('Double compte');

    // PDF: the report is printed alone (the shell hidden by the print stylesheet).
    await page.getByRole('button', { name: 'PDF / imprimer' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printedReport?: boolean }).printedReport)).toBe(true);
  });

  test("the simulator opens on the founding study's 532 t and follows the inputs", async ({ page }) => {
    await openAs(page, '/co2/simulator');
    await expect(page.getByTestId('co2-projection-net')).toHaveText('532 t CO₂e');
    await expect(page.getByText('40 postes × 4 utilisateurs × 5 ans = 800 machines non achetées')).toBeVisible();
    await expect(page.getByText('560 t CO₂e − 28 t CO₂e = 532 t CO₂e')).toBeVisible();
    await screenshot(page, 'co2-simulator.png');
    // Six years go beyond the kits' 5-year life: Studio FLEX buys its 40 kits twice.
    await page.getByLabel('Années').fill('6');
    await expect(page.getByTestId('co2-projection-net')).toHaveText('616 t CO₂e');
    await expect(page.getByText('40 kits achetés 2 fois')).toBeVisible();
    await page.getByRole('button', { name: /Revenir à l’étude/ }).click();
    await expect(page.getByTestId('co2-projection-net')).toHaveText('532 t CO₂e');
  });

  test('a manager sees its own studio only; the operator reads one studio the same way', async ({ page, request }) => {
    const { studio, managerEmail, startDate, endDate } = await studioWithBooking(request);
    const managerToken = await apiLogin(request, managerEmail, MANAGER_PASSWORD);
    const own = await apiReport(request, managerToken, startDate, endDate);
    // Its 3 confirmed desks are the machines it did not buy.
    expect(own.machinesAvoided).toBe(3);
    expect(own.perStudio.map((l) => l.studio.name)).toEqual([studio.name]);

    await openAs(page, `/co2?from=${startDate}&to=${endDate}`, managerEmail, MANAGER_PASSWORD);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`CO₂ évité — ${studio.name}`);
    await expectPageShows(page, request, managerToken, startDate, endDate);
    // No studio filter for a manager.
    await expect(page.getByLabel('Studio', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Par studio' }).getByRole('row')).toHaveCount(2); // header + its own line
    await screenshot(page, 'co2-manager.png');

    // Asking for another studio in the address changes nothing for a manager.
    await page.goto(`/co2?from=${startDate}&to=${endDate}&studio=00000000-0000-4000-8000-000000000000`);
    await expect(page.getByTestId('co2-machines')).toHaveText('3');

    const op = await operatorToken(request);
    await openAs(page, `/co2?from=${startDate}&to=${endDate}&studio=${studio.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`CO₂ évité — ${studio.name}`);
    await expect(page.getByLabel('Studio', { exact: true })).toHaveValue(studio.id);
    await expectPageShows(page, request, op, startDate, endDate, studio.id);
    await page.getByLabel('Studio', { exact: true }).selectOption('');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('CO₂ évité');
    await expectPageShows(page, request, op, startDate, endDate);
  });

  test('the operator changes a factor: the report states and uses the new value', async ({ page, request }) => {
    const token = await operatorToken(request);
    const restore = () => gql(request, UpdateCo2SettingsCo2Document, {}, token);
    try {
      await openAs(page, '/co2/settings');
      await page.getByLabel('Empreinte d’un kit de référence (kg CO₂e)').fill('337');
      await page.getByLabel('Source de cette empreinte').fill('ADEME Impact CO2 : unité centrale + deux écrans 24"');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect(page.getByText('Facteurs enregistrés')).toBeVisible();
      await page.getByRole('link', { name: /Rapport CO₂/ }).click();
      const row = page.locator('[data-assumption=referenceKitKg]');
      await expect(row).toContainText('337');
      await expect(row).toContainText('ADEME Impact CO2 : unité centrale + deux écrans 24"');
      const year = todayInParis().slice(0, 4);
      await expectPageShows(page, request, token, `${year}-01-01`, `${year}-12-31`);
      // A bad value is refused and changes nothing.
      await page.goto('/co2/settings');
      await page.getByLabel('Facteur des composants reconditionnés (0 à 1)').fill('1,5');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect(page.getByText('Valeur invalide.')).toBeVisible();
      const after = await gql(request, Co2SettingsCo22Document, {}, token);
      expect(after.data!.co2Settings).toEqual({ refurbishedFactor: 0.57, referenceKitKg: 337 });
    } finally {
      await restore();
    }
  });
});
