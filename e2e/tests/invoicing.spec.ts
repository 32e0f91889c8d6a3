import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { euros, gql, monthAhead, must, openAs, operatorToken, parisDay, secondWeek, unique } from '../support/helpers';
import { ActivateContractDocument, BookDesksDocument, ConfirmBookingDocument, CreateContractDocument, CreateStudioDocument, CreateUserInvoicingDocument, GenerateInvoicesDocument, InvoicesDocument, IssueInvoiceDocument } from '../support/documents';

const MANAGER_PASSWORD = 'factures-manager-42';

/** A studio with an active contract, its manager, and 2 confirmed desks for a week of `month`. */
async function billableStudio(request: APIRequestContext, month: string) {
  const op = await operatorToken(request);
  const name = unique('Studio Facture');
  const { createStudio: studio } = await must(
    gql(
      request,
      CreateStudioDocument,
      { input: { name, legalName: `${name} SAS`, siret: '85212345600018', vatNumber: 'FR79852123456', billingAddress: '3 rue de Bélat, 16000 Angoulême', contactEmail: `${unique('compta')}@example.fr` } },
      op,
    ),
  );
  const { createContract: contract } = await must(
    gql(
      request,
      CreateContractDocument,
      { input: { studioId: studio.id, startDate: parisDay(-1), endDate: parisDay(365), dailyRateCents: 4500, maxDesks: 10, insurancePolicyRef: unique('MAIF'), insuranceExpiresOn: parisDay(400) } },
      op,
    ),
  );
  await must(gql(request, ActivateContractDocument, { id: contract.id }, op));
  const managerEmail = `${unique('factures')}@example.fr`;
  await must(gql(request, CreateUserInvoicingDocument, { input: { email: managerEmail, fullName: 'Margot Delage', password: MANAGER_PASSWORD, role: 'STUDIO_MANAGER', studioId: studio.id } }, op));
  const [startDate, endDate] = secondWeek(month);
  const { bookDesks: booking } = await must(
    gql(
      request,
      BookDesksDocument,
      { input: { studioId: studio.id, productionName: 'La Forêt des Lucioles', startDate, endDate, deskCount: 2 } },
      op,
    ),
  );
  if (booking.status !== 'CONFIRMED') await must(gql(request, ConfirmBookingDocument, { id: booking.id }, op));
  return { studio, contract, booking, managerEmail, op };
}

/** The studio's invoice of the month as the API sees it. */
async function apiInvoice(request: APIRequestContext, token: string, studioId: string, month: string) {
  const { invoices } = await must(
    gql(
      request,
      InvoicesDocument,
      { studioId, month },
      token,
    ),
  );
  return invoices;
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(__dirname, '..', 'screenshots', name) });
}

test('the operator generates a month, reviews the draft, issues it, downloads its PDF and records the payment', async ({ page, request }) => {
  const month = monthAhead(2);
  const s = await billableStudio(request, month);
  await openAs(page, `/invoicing?month=${month}`);
  await expect(page.getByRole('heading', { name: 'Facturation', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: /Générer les brouillons|Mettre à jour les brouillons/ }).first().click();
  await expect(page.getByText(/brouillons? à jour pour/)).toBeVisible();
  const [draft] = await apiInvoice(request, s.op, s.studio.id, month);
  expect(draft.status).toBe('DRAFT');
  // 2 desks × the week's open days × 45,00 € (a public holiday in that week would lower it).
  expect(draft.totalExclTaxCents % 4500).toBe(0);

  const row = page.getByRole('row').filter({ hasText: s.studio.name });
  await expect(row).toContainText('Brouillon');
  await expect(row).toContainText(euros(draft.totalInclTaxCents));
  await row.click();
  const panel = page.getByRole('complementary', { name: /Facture Brouillon/ });
  await expect(panel).toContainText('« La Forêt des Lucioles »');
  await expect(panel).toContainText(s.booking.reference);
  await expect(panel).toContainText(`× ${euros(4500)}`);
  await expect(panel).toContainText(euros(draft.totalExclTaxCents));
  await expect(panel).toContainText(euros(draft.vatCents));
  await screenshot(page, 'invoicing-draft.png');

  await panel.getByRole('button', { name: 'Émettre la facture' }).click();
  const confirm = page.getByRole('dialog', { name: /Émettre la facture de/ });
  await expect(confirm).toContainText(euros(draft.totalInclTaxCents));
  await confirm.getByRole('button', { name: 'Émettre', exact: true }).click();
  await expect(page.getByText(/Facture FLEX-\d{4}-\d{5} émise/)).toBeVisible();
  const [issued] = await apiInvoice(request, s.op, s.studio.id, month);
  expect(issued.number).toMatch(/^FLEX-\d{4}-\d{5}$/);
  const issuedPanel = page.getByRole('complementary', { name: `Facture ${issued.number}` });
  await expect(issuedPanel).toContainText('Émise');
  await expect(row).toContainText(issued.number!);

  const [download] = await Promise.all([page.waitForEvent('download'), issuedPanel.getByRole('button', { name: 'Télécharger le PDF' }).click()]);
  expect(download.suggestedFilename()).toBe(`${issued.number}.pdf`);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await screenshot(page, 'invoicing-issued.png');

  await issuedPanel.getByRole('button', { name: 'Enregistrer un paiement' }).click();
  const pay = page.getByRole('dialog', { name: `Paiement sur la facture ${issued.number}` });
  await pay.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(page.getByText(`Paiement enregistré : la facture ${issued.number} est payée.`)).toBeVisible();
  await expect(row).toContainText('Payée');
});

test('the operator credits part of an issued invoice; the studio manager sees its invoices and credit notes and downloads them', async ({ page, request, browser }) => {
  const month = monthAhead(3);
  const s = await billableStudio(request, month);
  await must(gql(request, GenerateInvoicesDocument, { month }, s.op));
  const [draft] = await apiInvoice(request, s.op, s.studio.id, month);
  const { issueInvoice: issued } = await must(gql(request, IssueInvoiceDocument, { id: draft.id }, s.op));

  await openAs(page, `/invoicing?month=${month}`);
  await page.getByRole('row').filter({ hasText: s.studio.name }).click();
  const panel = page.getByRole('complementary', { name: `Facture ${issued.number}` });
  await panel.getByRole('button', { name: 'Faire un avoir' }).click();
  const dialog = page.getByRole('dialog', { name: `Avoir sur la facture ${issued.number}` });
  await dialog.getByLabel('Montant HT (€)').fill('90,00');
  await dialog.getByLabel('Motif (imprimé sur l’avoir)').fill('Poste indisponible une journée');
  await dialog.getByRole('button', { name: 'Émettre l’avoir' }).click();
  await expect(page.getByText(/Avoir AV-\d{4}-\d{5} émis/)).toBeVisible();
  await expect(panel).toContainText(`−${euros(10800)}`);

  const manager = await browser.newPage();
  await openAs(manager, '/invoices', s.managerEmail, MANAGER_PASSWORD);
  await expect(manager.getByRole('heading', { name: 'Factures', level: 1 })).toBeVisible();
  const row = manager.getByRole('table', { name: 'Factures' }).getByRole('row').filter({ hasText: issued.number! });
  await expect(row).toContainText(euros(draft.totalInclTaxCents));
  await expect(row).toContainText('Émise');
  await expect(row).toContainText(`avoir −${euros(10800)}`);
  // What is left to pay takes the credit note off.
  await expect(manager.locator('.stat').filter({ hasText: 'Reste à payer' })).toContainText(euros(draft.totalInclTaxCents - 10800));
  await expect(manager.getByRole('table', { name: 'Avoirs' }).getByRole('row').filter({ hasText: 'Poste indisponible une journée' })).toContainText(`−${euros(10800)}`);
  const [download] = await Promise.all([manager.waitForEvent('download'), row.getByRole('button', { name: /Télécharger le PDF/ }).click()]);
  expect(download.suggestedFilename()).toBe(`${issued.number}.pdf`);
  expect(readFileSync((await download.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await manager.screenshot({ path: join(__dirname, '..', 'screenshots', 'invoices-manager.png') });
  await manager.close();
});
