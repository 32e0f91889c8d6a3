import { expect, test, type Page } from '@playwright/test';
import { openAs, unique } from '../support/helpers';

const STRONG = 'Tartine-Girafe-Lavande-93';
const NEWER = 'soleil-brume-cerisier-71';

async function openAccountMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Menu du compte' }).click();
}

test.describe('accounts: invitation, own password, sign-out', () => {
  test('an invited manager sets a password via the link from the outbox, signs in, changes it and signs out', async ({ page, browser }) => {
    // A long walk (two browsers, four sign-ins, each password checked by argon2 and zxcvbn).
    test.setTimeout(90_000);
    const email = `${unique('invitee')}@example.fr`;

    // The operator invites a manager: no password typed.
    await openAs(page, '/users');
    await page.getByRole('button', { name: 'Inviter quelqu’un' }).click();
    const dialog = page.getByRole('dialog', { name: 'Inviter une personne' });
    await dialog.getByLabel('Nom complet').fill('Aurore Lambert');
    await dialog.getByLabel('E-mail').fill(email);
    await dialog.getByLabel('Studio').selectOption({ label: 'Pixel Charente' });
    await dialog.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await expect(page.getByText(`Invitation envoyée à ${email}.`)).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('Invité');

    // No SMTP server here: the operator reads the invitation in the outbox and passes the link on.
    await page.goto('/outbox');
    await page.getByRole('row').filter({ hasText: email }).first().click();
    const text = await page.locator('.outbox__text').innerText();
    const path = /\/invitation\/[\w-]{43}/.exec(text)?.[0];
    expect(path).toBeTruthy();

    // The manager, in a browser of their own, opens the link.
    const context = await browser.newContext();
    const manager = await context.newPage();
    await manager.goto(path!);
    await expect(manager.getByRole('heading', { name: 'Bienvenue sur Studio FLEX' })).toBeVisible();
    await expect(manager.getByText(`Choisissez le mot de passe de votre compte ${email}.`)).toBeVisible();
    // The policy refuses a password built from the name, and says what to do.
    await manager.getByLabel(/^Nouveau mot de passe/).fill('aurore-lambert-2026');
    await manager.getByLabel('Confirmez le nouveau mot de passe').fill('aurore-lambert-2026');
    await manager.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(manager.getByText('Ce mot de passe reprend votre nom, votre adresse e-mail ou le nom du site')).toBeVisible();
    await manager.getByLabel(/^Nouveau mot de passe/).fill(STRONG);
    await manager.getByLabel('Confirmez le nouveau mot de passe').fill(STRONG);
    await manager.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();

    // Then signs in with it.
    await expect(manager).toHaveURL(/\/login$/);
    await expect(manager.getByText('Mot de passe enregistré : connectez-vous avec.')).toBeVisible();
    await expect(manager.getByLabel('Adresse e-mail')).toHaveValue(email);
    await manager.getByLabel('Mot de passe').fill(STRONG);
    await manager.getByRole('button', { name: 'Se connecter' }).click();
    await expect(manager.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
    await expect(manager.getByRole('button', { name: 'Menu du compte' })).toContainText('Aurore Lambert');

    // The link has served: it opens nothing any more.
    const again = await context.newPage();
    await again.goto(path!);
    await expect(again.getByRole('heading', { name: 'Ce lien ne fonctionne plus' })).toBeVisible();
    await again.close();

    // Changes the password from the account menu.
    await openAccountMenu(manager);
    await manager.getByRole('menuitem', { name: 'Changer mon mot de passe' }).click();
    await expect(manager.getByRole('heading', { level: 1, name: 'Changer mon mot de passe' })).toBeVisible();
    await manager.getByLabel('Mot de passe actuel').fill('not-my-password');
    await manager.getByLabel(/^Nouveau mot de passe/).fill(NEWER);
    await manager.getByLabel('Confirmez le nouveau mot de passe').fill(NEWER);
    await manager.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect(manager.getByText('Ce n’est pas votre mot de passe actuel.')).toBeVisible();
    await manager.getByLabel('Mot de passe actuel').fill(STRONG);
    await manager.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect(manager.getByText('Mot de passe changé. Vos autres sessions ont été fermées.')).toBeVisible();

    // Signs out, and back in with the new password only.
    await openAccountMenu(manager);
    await manager.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await expect(manager).toHaveURL(/\/login$/);
    await manager.getByLabel('Adresse e-mail').fill(email);
    await manager.getByLabel('Mot de passe').fill(STRONG);
    await manager.getByRole('button', { name: 'Se connecter' }).click();
    await expect(manager.getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
    await manager.getByLabel('Mot de passe').fill(NEWER);
    await manager.getByRole('button', { name: 'Se connecter' }).click();
    await expect(manager.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
    await context.close();

    // The operator sees the account active.
    await page.goto('/users');
    await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Actif');
  });

  test('the operator disables an account, then enables it again', async ({ page }) => {
    await openAs(page, '/users');
    const row = page.getByRole('row').filter({ hasText: 'manager@brume-games.fr' });
    await row.getByRole('button', { name: 'Désactiver' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Désactiver' }).click();
    await expect(row).toContainText('Désactivé');
    await row.getByRole('button', { name: 'Réactiver' }).click();
    await expect(row).toContainText('Actif');
  });
});
