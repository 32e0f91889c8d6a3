import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFParse } from 'pdf-parse';
import { gql, must, openAs, parisDay, studioWithManager } from '../support/helpers';
import { BookDesksOnboarding2Document, CarbonStatementsDocument, ConfirmBookingOnboardingDocument } from '../support/documents';

const MANAGER_PASSWORD = 'Phare-Ardoise-Luciole-2026';
const PRODUCTION = 'Le Phare — saison 1';

/** The text a reader sees in a PDF, whitespace made single spaces (the backend's PDF tests read it so). */
async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}
/** A figure as the French statement prints it ("1 234,56"). */
const printed = (v: number) => new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v).replace(/[\u202f\u00a0]/g, ' ');

test('a manager issues and downloads a production carbon statement: method, footprint and avoided emissions apart', async ({ page, request }) => {
  const { op, studio, managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Phare', managerPrefix: 'phare-manager', managerName: 'Jeanne Lorient', password: MANAGER_PASSWORD });
  const [from, to] = [parisDay(21), parisDay(27)];
  const { bookDesks: booking } = await must(
    gql(
      request,
      BookDesksOnboarding2Document,
      { input: { studioId: studio.id, productionName: PRODUCTION, startDate: from, endDate: to, deskCount: 3 } },
      op,
    ),
  );
  if (booking.status !== 'CONFIRMED') await must(gql(request, ConfirmBookingOnboardingDocument, { id: booking.id }, op));

  await openAs(page, '/co2/statements', managerEmail, MANAGER_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Relevés carbone des productions' })).toBeVisible();
  await page.getByLabel('Du', { exact: true }).fill(from);
  await page.getByLabel('Au', { exact: true }).fill(to);
  const row = page.locator(`tr[data-production="${PRODUCTION}"]`);
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Émettre le relevé' }).click();
  await expect(page.getByText(/Relevé CO2-\d{4}-\d{5} émis/)).toBeVisible();
  // The shell scrolls its main area: the window is made as tall as the content first.
  const height = await page.locator('main').evaluate((el) => el.scrollHeight + 80);
  await page.setViewportSize({ width: 1440, height: Math.max(900, height) });
  await page.screenshot({ path: join(__dirname, '..', 'screenshots', 'carbon-statements.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  const { carbonStatements } = await must(
    gql(request, CarbonStatementsDocument, { studioId: studio.id }, op),
  );
  const [s] = carbonStatements;
  expect(s.productionName).toBe(PRODUCTION);
  expect(s.figures.avoidedKg).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `PDF (FR) ${s.number}` }).click()]);
  expect(download.suggestedFilename()).toBe(`${s.number}.pdf`);
  const text = await pdfText(readFileSync((await download.path())!));
  for (const words of ['Méthode', 'QuantiGES', 'WBCSD', 'Scénario de référence', 'Incertitude', 'Double comptage', 'Base Empreinte']) expect(text).toContain(words);
  // Both figures, each under its own heading, the avoided ones never deducted.
  const footprintAt = text.indexOf('A. Empreinte de la production');
  const avoidedAt = text.indexOf('B. Émissions évitées');
  expect(footprintAt).toBeGreaterThan(-1);
  expect(avoidedAt).toBeGreaterThan(footprintAt);
  expect(text.slice(footprintAt, avoidedAt)).toContain(`Total empreinte : ${printed(s.figures.footprintKg)} kg CO2e`);
  expect(text.slice(avoidedAt)).toContain(`Fabrication des kits non achetés : ${printed(s.figures.avoidedKg)} kg CO2e`);
  expect(text).toContain('jamais déduites de A');
  expect(text).not.toMatch(/neutr|compens|offset/i);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `CSV calculateur ${s.number}` }).click()]);
  const rows = readFileSync((await csv.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
  expect(rows.map((r) => r.split(';')[4])).toEqual(['Poste', 'Fabrication des équipements (informatique, part allouée)', 'Électricité', 'Émissions évitées (achats de kits évités, pilier B) — à déclarer à part']);
});
