import { expect, test } from '@playwright/test';
import { openAs } from '../support/helpers';

test.describe('scheduled jobs: the operator sees them and runs one now', () => {
  test('lists every job with its schedule, and "Lancer" queues a run that a worker completes', async ({ page }) => {
    test.setTimeout(60_000);
    await openAs(page, '/jobs');
    await expect(page.getByRole('heading', { name: 'Tâches planifiées' })).toBeVisible();
    const rows = page.getByRole('row');
    for (const name of ['Expiration des options', 'Envoi des e-mails', 'Sorties de fin de journée', 'Anonymisation des équipes inactives', 'Relances de paiement', 'Brouillons de factures du mois', 'Nettoyage des comptes']) {
      await expect(rows.filter({ hasText: name })).toHaveCount(1);
    }
    const housekeeping = rows.filter({ hasText: 'Nettoyage des comptes' });
    await expect(housekeeping).toContainText('Chaque heure');
    await page.getByRole('button', { name: 'Lancer « Nettoyage des comptes » maintenant' }).click();
    await expect(page.getByText('« Nettoyage des comptes » est lancée')).toBeVisible();
    // The worker (FLEX_JOBS=1 in the product) runs it within seconds; the page reads the jobs again every 15 s.
    await expect(housekeeping).toContainText('Réussie', { timeout: 40_000 });
  });
});
