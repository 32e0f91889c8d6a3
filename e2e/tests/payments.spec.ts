import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { euros, gql, monthAhead, must, openAs, secondWeek, studioWithManager } from '../support/helpers';
import { BookDesksDocument, ConfirmBookingDocument, GenerateInvoicesDocument, IssueInvoiceDocument } from '../support/documents';

const MANAGER_PASSWORD = 'Ardoise-Quintal-Fougere-58';

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(__dirname, '..', 'screenshots', name), fullPage: true });
}

test('the operator records a partial then a full payment; the manager sees what is left to pay, then that it is paid', async ({ page, browser, request }) => {
  const month = monthAhead(5);
  const s = await studioWithManager(request, { namePrefix: 'Studio Paiement', managerPrefix: 'paiements', managerName: 'Inès Roux', password: MANAGER_PASSWORD });
  const [startDate, endDate] = secondWeek(month);
  const { bookDesks: booking } = await must(
    gql(request, BookDesksDocument, { input: { studioId: s.studio.id, productionName: 'Les Oiseaux de papier', startDate, endDate, deskCount: 1 } }, s.op),
  );
  if (booking.status !== 'CONFIRMED') await must(gql(request, ConfirmBookingDocument, { id: booking.id }, s.op));
  const { generateInvoices } = await must(gql(request, GenerateInvoicesDocument, { month }, s.op));
  const draft = generateInvoices.find((i) => i.studio.id === s.studio.id)!;
  const { issueInvoice: issued } = await must(gql(request, IssueInvoiceDocument, { id: draft.id }, s.op));
  const total = draft.totalInclTaxCents;
  const partial = 10_000;

  await openAs(page, `/invoicing?month=${month}`);
  await page.getByRole('row').filter({ hasText: s.studio.name }).click();
  const panel = page.getByRole('complementary', { name: `Facture ${issued.number}` });
  await expect(panel.getByTestId('balance-due')).toContainText(euros(total));
  await expect(panel).toContainText('Aucun paiement reçu.');

  // A partial payment: the amount comes prefilled with what is due; the operator types less.
  await panel.getByRole('button', { name: 'Enregistrer un paiement' }).click();
  let dialog = page.getByRole('dialog', { name: `Paiement sur la facture ${issued.number}` });
  const amount = dialog.getByLabel('Montant reçu TTC (€)');
  await expect(amount).toHaveValue(euros(total).replace(/\s*€$/, '').replace(/\s/g, ''));
  await amount.fill(String(total / 100 + 1).replace('.', ','));
  await expect(dialog).toContainText('Ce montant dépasse ce qui reste dû sur la facture.');
  await amount.fill('100,00');
  await dialog.getByLabel('Moyen de paiement').selectOption({ label: 'Chèque' });
  await dialog.getByLabel('Référence').fill('CHQ 1234567');
  await dialog.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(page.getByText(`Paiement enregistré. Reste dû : ${euros(total - partial)}.`)).toBeVisible();
  await expect(panel.getByTestId('balance-due')).toContainText(euros(total - partial));
  const payments = panel.getByRole('list', { name: 'Paiements reçus' });
  await expect(payments).toContainText('Chèque');
  await expect(payments).toContainText('CHQ 1234567');
  await expect(payments).toContainText(euros(partial));
  await screenshot(page, 'payments-partial.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'payments-panel-390.png');
  await page.setViewportSize({ width: 1440, height: 900 });

  // The studio's manager sees what is left to pay and the payment received.
  const manager = await browser.newPage();
  await openAs(manager, '/invoices', s.managerEmail, MANAGER_PASSWORD);
  const row = manager.getByRole('table', { name: 'Factures' }).getByRole('row').filter({ hasText: issued.number! });
  await expect(row).toContainText(euros(total - partial));
  await expect(manager.getByTestId('studio-due')).toHaveText(euros(total - partial));
  await expect(manager.getByRole('table', { name: 'Paiements des 12 derniers mois' }).getByRole('row').filter({ hasText: issued.number! })).toContainText(euros(partial));
  await screenshot(manager, 'payments-manager.png');

  // The rest: prefilled with the balance, recorded as is; the invoice is paid.
  await panel.getByRole('button', { name: 'Enregistrer un paiement' }).click();
  dialog = page.getByRole('dialog', { name: `Paiement sur la facture ${issued.number}` });
  await expect(dialog.getByLabel('Montant reçu TTC (€)')).toHaveValue(euros(total - partial).replace(/\s*€$/, '').replace(/\s/g, ''));
  await dialog.getByRole('button', { name: 'Enregistrer le paiement' }).click();
  await expect(page.getByText(`Paiement enregistré : la facture ${issued.number} est payée.`)).toBeVisible();
  await expect(panel.getByTestId('balance-due')).toContainText(euros(0));
  await expect(page.getByRole('row').filter({ hasText: s.studio.name })).toContainText('Payée');
  await expect(panel.getByRole('button', { name: 'Enregistrer un paiement' })).toHaveCount(0);

  await manager.reload();
  await expect(row).toContainText('Payée');
  await expect(manager.getByTestId('studio-due')).toHaveText(euros(0));
  await manager.setViewportSize({ width: 390, height: 844 });
  await screenshot(manager, 'payments-manager-390.png');
  await manager.close();
});

test('the operator sees the overdue view and the accountant\'s downloads, at desktop and phone widths', async ({ page }) => {
  await openAs(page, '/overdue');
  await expect(page.getByRole('heading', { name: 'Impayés', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Envoyer les relances dues' })).toBeVisible();
  await screenshot(page, 'overdue.png');
  await page.goto(`/invoicing?month=${monthAhead(-1)}`);
  const files = page.getByRole('region', { name: 'Fichiers pour le comptable et la plateforme agréée' });
  await expect(files.getByRole('button', { name: 'Télécharger le FEC' })).toBeVisible();
  const [fec] = await Promise.all([page.waitForEvent('download'), files.getByRole('button', { name: 'Télécharger le FEC' }).click()]);
  expect(fec.suggestedFilename()).toMatch(/^\d{9}FEC\d{8}\.txt$/);
  const [zip] = await Promise.all([page.waitForEvent('download'), files.getByRole('button', { name: /^ZIP de / }).click()]);
  expect(zip.suggestedFilename()).toMatch(/^documents-emis-\d{4}-\d{2}\.zip$/);
  const [csv] = await Promise.all([page.waitForEvent('download'), files.getByRole('button', { name: 'Télécharger le CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^encaissements-\d{4}-\d{2}\.csv$/);
  await files.screenshot({ path: join(__dirname, '..', 'screenshots', 'accountant-files.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(files.getByRole('button', { name: 'Télécharger le FEC' })).toBeVisible();
  await files.screenshot({ path: join(__dirname, '..', 'screenshots', 'accountant-files-390.png') });
  await page.goto('/overdue');
  await expect(page.getByRole('heading', { name: 'Impayés', level: 1 })).toBeVisible();
  await screenshot(page, 'overdue-390.png');
  // The same view in English.
  await page.getByRole('group', { name: 'Langue' }).getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Overdue', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send due reminders' })).toBeVisible();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'FR', exact: true }).click();
});
