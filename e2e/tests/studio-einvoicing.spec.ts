import { expect, test } from '@playwright/test';
import { gql, openAs, operatorToken, unique } from '../support/helpers';
import { CreateStudioDocument, StudioDetailStudioEinvoicingDocument } from '../support/documents';

test('the operator sets a studio’s electronic invoicing address: the SIREN by default, a suffix accepted, a wrong one explained', async ({ page, request }) => {
  const op = await operatorToken(request);
  const name = unique('Studio Annuaire');
  const created = await gql(
    request,
    CreateStudioDocument,
    { input: { name, legalName: `${name} SAS`, siret: '85212345600018', vatNumber: 'FR79852123456', billingAddress: '3 rue de Bélat, 16000 Angoulême', contactEmail: `${unique('compta')}@example.fr` } },
    op,
  );
  const id = created.data!.createStudio.id;
  await openAs(page, `/studios/${id}`);
  const facts = page.locator('.studio-facts');
  await expect(facts).toContainText('Adresse de facturation électronique');
  await expect(facts).toContainText('852123456');

  await page.getByRole('button', { name: 'Modifier' }).click();
  const dialog = page.getByRole('dialog', { name: `Modifier ${name}` });
  const address = dialog.getByLabel('Adresse de facturation électronique', { exact: true });
  await expect(address).toHaveValue('852123456');
  await address.fill('912345675_FACTURES');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog.getByText('Adresse non valide : elle commence par le SIREN du studio')).toBeVisible();
  expect((await gql(request, StudioDetailStudioEinvoicingDocument, { id }, op)).data!.studio.electronicAddress).toBe('852123456');

  await address.fill('852123456_FACTURES');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(facts).toContainText('852123456_FACTURES');
  expect((await gql(request, StudioDetailStudioEinvoicingDocument, { id }, op)).data!.studio.electronicAddress).toBe('852123456_FACTURES');
});
