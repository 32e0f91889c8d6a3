import { expect, test, type Page } from '@playwright/test';
import { openRolePage, ROLE_PAGES } from '../support/pages';

/**
 * The UI in English with no French left: switched with the language buttons, every page of both
 * roles is read (visible text, data such as names and productions left out) for French words.
 */
// Words of the interface's own vocabulary (articles left out: studio and production names are French data).
const FRENCH = /\b(aucun|aucune|réservations?|réserver|semaine|mois|factures?|échéance|déjà|créer|annuler|enregistrer|supprimer|modifier|fermer|choisir|ajouter|jours-poste|postes-jours|bienvenue|connexion|mot de passe|présent|attendu|affectations?|équipe|maintenance en cours|aujourd’hui|rechercher)\b/i;

async function frenchLeft(page: Page): Promise<string[]> {
  const lines = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text) continue;
      // Data the users typed (names, productions, addresses) is not the interface.
      if (parent.closest('td, .tl-bar, .tl-label, [data-booking-id], .user-menu__who, .menu__header, .sr-only, script, style, [data-data]')) continue;
      if (parent.closest('[hidden], [aria-hidden="true"]') || getComputedStyle(parent).visibility === 'hidden') continue;
      out.push(text);
    }
    return out;
  });
  return lines.filter((l) => FRENCH.test(l)).slice(0, 15);
}

test.describe('English interface', () => {
  for (const role of ['operator', 'manager'] as const) {
    test(`every ${role} page, switched to English, has no French left`, async ({ page }) => {
      test.setTimeout(150_000);
      await openRolePage(page, role, ROLE_PAGES[role][0]!);
      await page.getByRole('button', { name: 'EN', exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const found: Record<string, string[]> = {};
      for (const target of ROLE_PAGES[role]) {
        const path = await openRolePage(page, role, target);
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        const french = await frenchLeft(page);
        if (french.length) found[path] = french;
      }
      expect(found).toEqual({});
    });
  }

  test('the sign-in page, the kiosk and an account link, in English', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const found: Record<string, string[]> = {};
    for (const path of ['/login', '/kiosk', '/invitation/not-a-real-token']) {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      const french = await frenchLeft(page);
      if (french.length) found[path] = french;
    }
    expect(found).toEqual({});
  });
});
