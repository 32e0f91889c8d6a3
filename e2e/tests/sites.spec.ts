import { expect, test, type Page } from '@playwright/test';
import { addDays, openWeek } from '../support/calendar';
import { openAs, studioWithManager, unique } from '../support/helpers';
import { ownSite } from '../support/sites';

/*
 * Several sites in the product: the network operator opens one and switches between them (the
 * site kept in the URL, the sidebar's links keep it), and a studio whose contract covers two
 * sites books at the second one.
 */

const PASSWORD = 'deux-sites-pour-un-studio';

const rows = (page: Page) => page.locator('[data-testid="desk-calendar"] [data-row-index]');

test.describe('a network of sites', () => {
  test('the network operator opens a site, then switches between sites on the calendar and the board', async ({ page }) => {
    const name = unique('Studio FLEX Essai');
    await openAs(page, '/sites');
    await page.getByRole('button', { name: 'Nouveau site' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel(/^Nom/)).toBeFocused();
    // Sent as it is, the form says what is missing and sends nothing.
    await dialog.getByRole('button', { name: /Créer le site/ }).click();
    await expect(dialog.getByText('À renseigner.').first()).toBeVisible();
    await dialog.getByLabel(/^Nom/).fill(name);
    await dialog.getByLabel(/^Adresse/).fill('Rue de la Manutention, 26000 Valence');
    await dialog.getByLabel(/^Surface/).fill('90');
    await dialog.getByRole('textbox', { name: 'Zone A', exact: true }).fill('6');
    await dialog.getByRole('button', { name: 'Ajouter la zone B' }).click();
    await dialog.getByRole('textbox', { name: 'Zone B', exact: true }).fill('4');
    await dialog.getByRole('button', { name: 'Créer le site (10 postes)' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.toast')).toContainText(`${name} est ouvert : 10 postes.`);

    const card = page.locator('.site-card').filter({ hasText: name });
    await expect(card).toContainText('zone A : 6 · zone B : 4');
    await card.getByRole('link', { name: 'Calendrier' }).click();
    await expect(page).toHaveURL(/\/calendar\?site=[0-9a-f-]{36}$/);
    const siteId = new URL(page.url()).searchParams.get('site')!;
    await expect(rows(page)).toHaveCount(10);
    await expect(page.locator('.sidebar__site')).toHaveText(name.replace(/^Studio FLEX\s+/, ''));
    await expect(page.getByTestId('site-picker')).toHaveValue(siteId);

    // The sidebar keeps the site: the board shows its 10 desks.
    await page.locator('[data-nav="/board"]').click();
    await expect(page).toHaveURL(new RegExp(`/board\\?site=${siteId}$`));
    await expect(page.locator('.board-zone__grid > *')).toHaveCount(10);

    // Back to Angoulême with the picker: its 40 desks.
    await page.getByTestId('site-picker').selectOption({ label: 'Angoulême' });
    await expect(page).not.toHaveURL(new RegExp(siteId));
    await page.locator('[data-nav="/calendar"]').click();
    await expect(rows(page)).toHaveCount(40);
    await page.screenshot({ path: 'screenshots/sites-picker.png' });
  });

  test('a studio whose contract covers two sites books desks at the second one', async ({ page, request }) => {
    const { op, studio, managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Deux Rives', managerPrefix: 'prod-deux-rives', managerName: 'Inès Carle', password: PASSWORD });
    const site = await ownSite(request, op, studio.id, 'Studio FLEX Bourg');
    const week = await openWeek(request, op, 21);
    await openAs(page, '/calendar', managerEmail, PASSWORD);
    await page.getByTestId('site-picker').selectOption({ label: site.name.replace(/^Studio FLEX\s+/, '') });
    await expect(rows(page)).toHaveCount(8);
    await page.getByRole('button', { name: 'Réserver des postes' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Production/).fill(unique('Les Deux Rives'));
    await dialog.getByLabel(/Premier jour/).fill(week[0]!);
    await dialog.getByLabel(/Dernier jour/).fill(addDays(week[0]!, 4));
    await dialog.getByLabel(/Nombre de postes/).fill('3');
    // 3 desks × 5 open days × 45,00 €.
    await expect(dialog.getByTestId('quote-amount')).toHaveText(/675,00\s€/);
    await dialog.getByRole('button', { name: 'Poser l’option' }).click();
    await expect(dialog).toBeHidden();
    await page.locator('.toast').getByRole('link', { name: 'Voir la réservation' }).click();
    await expect(page.getByTestId('booking-site')).toHaveText(site.name);
  });
});
