import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { gql, must, openAs, parisDay, studioWithManager, unique } from '../support/helpers';
import { ownSite } from '../support/sites';
import { AddCrewMemberOnboardingDocument, AssignCrewPassAgainDocument, BookDesksPassAgainDocument, FreeDesksPassAgainDocument, OutboxPassAgainDocument } from '../support/documents';

const PASSWORD = 'Lanterne-Rigging-Marais-9';

/** A studio, its manager, a confirmed booking from today, a crew member on it: the pass's code and the link mailed to them. */
async function staffedPass(request: Parameters<typeof studioWithManager>[0]) {
  const { op, studio, managerEmail } = await studioWithManager(request, { namePrefix: 'Studio Pass', managerPrefix: 'pass-manager', managerName: 'Odile Parmentier', password: PASSWORD });
  // Desks of a site of its own: whatever the other tests booked from today, two are free.
  const site = await ownSite(request, op, studio.id, 'Studio FLEX Pass');
  const { freeDesks } = await must(gql(request, FreeDesksPassAgainDocument, { from: parisDay(0), to: parisDay(4), siteId: site.id }, op));
  const desk = freeDesks[freeDesks.length - 2];
  const { bookDesks: booking } = await must(
    gql(request, BookDesksPassAgainDocument, { input: { studioId: studio.id, productionName: 'Pass retrouvé', startDate: parisDay(0), endDate: parisDay(4), deskIds: [desk.id] } }, op),
  );
  const email = `${unique('noe')}@example.fr`;
  const { addCrewMember: member } = await must(gql(request, AddCrewMemberOnboardingDocument, { input: { studioId: studio.id, fullName: 'Noé Garnier', email } }, op));
  const { assignCrew } = await must(
    gql(
      request,
      AssignCrewPassAgainDocument,
      { input: { bookingId: booking.id, crewMemberId: member.id, deskId: desk.id, startDate: parisDay(0), endDate: parisDay(4) } },
      op,
    ),
  );
  const { outbox } = await must(gql(request, OutboxPassAgainDocument, {}, op));
  const mail = outbox.find((m) => m.to === email && m.kind === 'ACCESS_PASS')!;
  const link = /\/pass\/[A-Za-z0-9_-]{32}/.exec(mail.text)![0];
  return { managerEmail, assignmentId: assignCrew.id, code: assignCrew.accessPass!.code!, link, desk };
}

test('the manager shows the pass again after a reload and prints it; the crew link opens it on a phone; revoked, the link says so', async ({ page, browser, request }) => {
  test.slow(); // two browser contexts and a dozen API calls
  const { managerEmail, assignmentId, code, link, desk } = await staffedPass(request);

  await openAs(page, `/assignments/${assignmentId}/pass`, managerEmail, PASSWORD);
  await page.reload();
  const pass = page.getByRole('article', { name: 'Pass d’accès' });
  await expect(page.getByTestId('pass-code')).toHaveText(code);
  await expect(pass.getByRole('img', { name: /QR code du pass de Noé Garnier/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(pass.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The crew member, on a phone, with no account.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const crew = await phone.newPage();
  await crew.goto(link);
  await expect(crew.getByTestId('pass-code')).toHaveText(code);
  await expect(crew.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expect(crew.getByText(desk.code, { exact: true })).toBeVisible();
  expect(await crew.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await crew.screenshot({ path: 'screenshots/pass-link-phone.png', fullPage: true });
  // The crew's page passes axe too (it is public, so the role walks don't reach it).
  const axe = await new AxeBuilder({ page: crew }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // The manager revokes it; the link no longer shows a code.
  await page.getByRole('button', { name: 'Révoquer le pass' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Révoquer le pass' }).click();
  await expect(page.getByTestId('pass-code')).toHaveCount(0);
  await crew.reload();
  await expect(crew.getByText('Ce pass a été révoqué')).toBeVisible();
  await expect(crew.getByTestId('pass-code')).toHaveCount(0);
  await phone.close();
});
