import { BookingStatus } from '../../src/modules/booking/booking.entity.js';
import { ContractStatus } from '../../src/modules/studios/contract.entity.js';
import { TEST_PASSWORD } from '../../../seeds/factories/index.js';
import { Caller, SecurityWorld, STRONG_PASSWORD, VALID_SIRET, VALID_VAT, WORLD_TODAY } from './security-world.js';

/**
 * Who may call what (SPEC "Who may do what"):
 * - PUBLIC: anyone, signed in or not (sign-in and the door);
 * - SIGNED_IN: any signed-in user; the answer is scoped (a manager never reads another studio's data);
 * - OWN_STUDIO: the operator, and the manager of the studio the arguments name (A's here): B is refused;
 * - OPERATOR: the operator only.
 */
export type Policy = 'PUBLIC' | 'SIGNED_IN' | 'OWN_STUDIO' | 'OPERATOR';

/**
 * What a SITE_OPERATOR gets (test/sites/site-operator-matrix.spec.ts), asking for the first
 * site's data while running only another site:
 * - PUBLIC: as anyone; NONE: allowed, the answer reveals no site (or only its own);
 * - SCOPED: takes or reveals a site: refused for another site's data, allowed for its own;
 * - NETWORK: network-wide (sites, users, studios, contracts, invoicing runs…): the network operator only;
 * - STUDIO: a studio's own data: a site operator acts for no studio.
 * Left out: PUBLIC rows are PUBLIC, OPERATOR rows NETWORK, OWN_STUDIO rows STUDIO; SIGNED_IN rows must say.
 */
export type SiteVerdict = 'PUBLIC' | 'NONE' | 'SCOPED' | 'NETWORK' | 'STUDIO';
const DEFAULT_SITE_VERDICT: Record<Policy, SiteVerdict | null> = { PUBLIC: 'PUBLIC', SIGNED_IN: null, OWN_STUDIO: 'STUDIO', OPERATOR: 'NETWORK' };
export const siteVerdictOf = (row: OperationRow): SiteVerdict => row.site ?? DEFAULT_SITE_VERDICT[row.policy]!;

type Args = (w: SecurityWorld, caller: Caller) => Record<string, unknown> | Promise<Record<string, unknown>>;
export interface OperationRow {
  policy: Policy;
  /** What a site operator of another site gets (see SiteVerdict). */
  site?: SiteVerdict;
  /** Valid arguments naming A's data; called again before each call, so a call that consumes a row gets a fresh one. */
  args?: Args;
  /** Runs before the four calls; what it returns is handed to `after` (e.g. passwords to put back). */
  before?: (w: SecurityWorld) => Promise<unknown>;
  /** Puts the world back after the four calls (a row that ends sessions or changes passwords). */
  after?: (w: SecurityWorld, saved: unknown) => Promise<void>;
}

const none: Args = () => ({});
const month = '2027-02';
const range = { from: '2027-03-01', to: '2027-03-31' };
const co2Projection = { desks: 40, usersPerDeskPerYear: 4, years: 5, kitFootprintKg: 700 };
const contractInput = (w: SecurityWorld) => ({
  studioId: w.a.studioId, startDate: '2029-01-01', endDate: '2029-12-31', dailyRateCents: 4500, maxDesks: 10, insurancePolicyRef: `AXA-${w.fresh.mark()}`, insuranceExpiresOn: '2029-12-31',
});
const studioInput = (w: SecurityWorld) => {
  const tag = w.fresh.mark();
  return { name: `Studio neuf ${tag}`, legalName: `Studio neuf ${tag} SAS`, siret: VALID_SIRET, vatNumber: VALID_VAT, billingAddress: '1 rue de Bordeaux, 16000 Angoulême', contactEmail: `contact-${tag}@example.fr` };
};

/** One row per Query and Mutation field: the matrix test fails on an operation without one. */
export const OPERATIONS: Record<string, OperationRow> = {
  // Queries
  'Query.accountLink': { policy: 'PUBLIC', args: async (w) => ({ token: await w.fresh.invitationToken() }) },
  'Query.passLink': { policy: 'PUBLIC', args: async (w) => ({ token: await w.fresh.passLink() }) },
  'Query.accountingSettings': { policy: 'OPERATOR', args: none },
  'Query.calendarFeed': { policy: 'OWN_STUDIO', args: (w) => ({ scope: 'STUDIO', studioId: w.a.studioId }), before: async (w) => w.fresh.calendarFeed() },
  'Query.co2ComponentReferences': { policy: 'SIGNED_IN', site: 'NONE', args: none },
  'Query.co2Study': { policy: 'SIGNED_IN', site: 'NONE', args: none },
  'Query.overdueInvoices': { policy: 'OPERATOR', args: none },
  'Query.payments': { policy: 'OWN_STUDIO', args: (w) => ({ studioId: w.a.studioId, invoiceId: w.invoiceId }) },
  'Query.studioAccount': { policy: 'OWN_STUDIO', args: (w) => ({ studioId: w.a.studioId }) },
  'Query.users': { policy: 'OPERATOR', args: (w) => ({ studioId: w.a.studioId }) },
  'Query.assignment': { policy: 'OWN_STUDIO', args: (w) => ({ id: w.staffed.id }) },
  'Query.assignments': { policy: 'OWN_STUDIO', args: (w) => ({ studioId: w.a.studioId, bookingId: w.staffed.bookingId }) },
  'Query.availability': { policy: 'SIGNED_IN', site: 'SCOPED', args: () => range },
  'Query.booking': { policy: 'OWN_STUDIO', args: (w) => ({ id: w.staffed.bookingId }) },
  'Query.bookingQuote': { policy: 'OWN_STUDIO', args: (w) => ({ input: { studioId: w.a.studioId, startDate: '2027-09-06', endDate: '2027-09-10', deskCount: 2 } }) },
  'Query.bookings': { policy: 'OWN_STUDIO', site: 'SCOPED', args: (w) => ({ ...range, studioId: w.a.studioId }) },
  'Query.co2ForBooking': { policy: 'SIGNED_IN', site: 'NONE', args: () => ({ deskCount: 3 }) },
  'Query.co2Projection': { policy: 'SIGNED_IN', site: 'NONE', args: () => ({ input: co2Projection }) },
  'Query.co2Report': { policy: 'OWN_STUDIO', site: 'SCOPED', args: (w) => ({ from: '2027-01-01', to: '2027-03-31', studioId: w.a.studioId }) },
  'Query.co2Settings': { policy: 'SIGNED_IN', site: 'NONE', args: none },
  'Query.carbonProductions': { policy: 'OWN_STUDIO', args: (w) => ({ from: '2027-04-01', to: '2027-12-31', studioId: w.a.studioId }) },
  'Query.carbonStatements': { policy: 'OWN_STUDIO', args: (w) => ({ studioId: w.a.studioId }) },
  'Query.co2FactorHistory': { policy: 'SIGNED_IN', site: 'NONE', args: none },
  'Query.co2FactorsInForce': { policy: 'SIGNED_IN', site: 'NONE', args: none },
  'Query.contract': { policy: 'OWN_STUDIO', args: (w) => ({ id: w.a.contractId }) },
  'Query.contracts': { policy: 'OWN_STUDIO', args: (w) => ({ studioId: w.a.studioId }) },
  'Query.creditNotes': { policy: 'OWN_STUDIO', args: (w) => ({ studioId: w.a.studioId, invoiceId: w.invoiceId }) },
  'Query.crewMember': { policy: 'OWN_STUDIO', args: (w) => ({ id: w.staffed.crewMemberId }) },
  'Query.crewMembers': { policy: 'OWN_STUDIO', args: (w) => ({ studioId: w.a.studioId, includeRemoved: true }) },
  'Query.dailyBoard': { policy: 'OPERATOR', site: 'SCOPED', args: () => ({ date: WORLD_TODAY }) },
  'Query.deskCalendar': { policy: 'SIGNED_IN', site: 'SCOPED', args: () => range },
  'Query.desks': { policy: 'SIGNED_IN', site: 'SCOPED', args: none },
  // Its own sites only.
  'Query.sites': { policy: 'SIGNED_IN', site: 'NONE', args: none },
  'Query.siteClosures': { policy: 'SIGNED_IN', site: 'SCOPED', args: (w) => ({ siteId: w.siteId, from: '2027-01-01', to: '2027-12-31' }) },
  'Query.exportCrewMemberData': { policy: 'OWN_STUDIO', args: (w) => ({ id: w.staffed.crewMemberId }) },
  'Query.freeDesks': { policy: 'SIGNED_IN', site: 'SCOPED', args: () => range },
  'Query.invoice': { policy: 'OWN_STUDIO', args: (w) => ({ id: w.invoiceId }) },
  'Query.invoices': { policy: 'OWN_STUDIO', site: 'SCOPED', args: (w) => ({ studioId: w.a.studioId, month }) },
  'Query.kit': { policy: 'SIGNED_IN', site: 'SCOPED', args: (w) => ({ id: w.kitOnDesk }) },
  'Query.kits': { policy: 'SIGNED_IN', site: 'SCOPED', args: () => ({ status: 'OPERATIONAL' }) },
  'Query.maintenanceTickets': { policy: 'OPERATOR', site: 'SCOPED', args: () => ({ status: 'OPEN' }) },
  'Query.me': { policy: 'SIGNED_IN', site: 'NONE', args: none },
  'Query.movesNeeded': { policy: 'OPERATOR', args: none },
  'Query.occupancy': { policy: 'OWN_STUDIO', site: 'SCOPED', args: (w) => ({ month, studioId: w.a.studioId }) },
  'Query.onboarding': { policy: 'OWN_STUDIO', args: (w) => ({ studioId: w.a.studioId }) },
  'Query.outbox': { policy: 'OPERATOR', args: () => ({ limit: 10 }) },
  'Query.jobs': { policy: 'OPERATOR', args: none },
  'Query.staffableBookings': { policy: 'OWN_STUDIO', args: (w) => ({ studioId: w.a.studioId, bookingId: w.staffed.bookingId }) },
  'Query.studio': { policy: 'OWN_STUDIO', args: (w) => ({ id: w.a.studioId }) },
  'Query.studios': { policy: 'SIGNED_IN', site: 'NETWORK', args: none },
  'Query.verifyAccess': { policy: 'PUBLIC', args: (w) => ({ code: w.staffed.code }) },
  // Mutations
  'Mutation.acceptInvitation': { policy: 'PUBLIC', args: async (w) => ({ token: await w.fresh.invitationToken(), password: STRONG_PASSWORD }) },
  'Mutation.changePassword': {
    policy: 'SIGNED_IN', site: 'NONE',
    // Each caller changes their own password (the operator's is the seed's).
    args: (_w, caller) => ({ currentPassword: caller === 'operator' ? 'studioflex' : TEST_PASSWORD, newPassword: STRONG_PASSWORD }),
    before: async (w) => w.passwordHashes(),
    after: async (w, saved) => w.restorePasswords(saved as Awaited<ReturnType<SecurityWorld['passwordHashes']>>),
  },
  'Mutation.createCalendarFeed': { policy: 'OWN_STUDIO', args: (w) => ({ scope: 'STUDIO', studioId: w.a.studioId }) },
  'Mutation.disableUser': { policy: 'OPERATOR', args: async (w) => ({ userId: (await w.fresh.user()).id }) },
  'Mutation.enableUser': { policy: 'OPERATOR', args: async (w) => ({ userId: (await w.fresh.user()).id }) },
  'Mutation.inviteUser': { policy: 'OPERATOR', args: (w) => ({ input: { email: `invite-${w.fresh.mark()}@example.fr`, fullName: 'Inès Invitée', role: 'STUDIO_MANAGER', studioId: w.a.studioId } }) },
  'Mutation.logout': { policy: 'PUBLIC', args: none, after: async (w) => w.relogin() },
  // A's standing invoice takes a 1 € payment at each call (its months of fresh invoices are few).
  'Mutation.recordPayment': { policy: 'OPERATOR', args: (w) => ({ input: { invoiceId: w.invoiceId, date: WORLD_TODAY, amountCents: 100, method: 'TRANSFER', reference: `VIR-${w.fresh.mark()}` } }) },
  'Mutation.revokeCalendarFeed': { policy: 'OWN_STUDIO', args: async (w) => ({ id: await w.fresh.calendarFeed() }) },
  'Mutation.resetPassword': { policy: 'PUBLIC', args: async (w) => ({ token: await w.fresh.resetToken(), password: STRONG_PASSWORD }) },
  'Mutation.sendPasswordReset': { policy: 'OPERATOR', args: async (w) => ({ userId: (await w.fresh.user()).id }) },
  'Mutation.sendPaymentReminders': { policy: 'OPERATOR', args: none },
  'Mutation.runJob': { policy: 'OPERATOR', args: () => ({ name: 'users.housekeeping' }) },
  'Mutation.updateAccountingSettings': { policy: 'OPERATOR', args: () => ({ input: { customersAccount: '411', salesAccount: '706', vatCollectedAccount: '44571', bankAccount: '512' } }) },
  'Mutation.activateContract': { policy: 'OPERATOR', args: async (w) => ({ id: await w.fresh.contract(ContractStatus.DRAFT) }) },
  'Mutation.addCrewMember': { policy: 'OWN_STUDIO', args: (w) => ({ input: { studioId: w.a.studioId, fullName: `Yanis ${w.a.mark}`, email: `yanis-${w.fresh.mark()}@example.fr` } }) },
  'Mutation.addKit': { policy: 'OPERATOR', args: () => ({ input: { purchasedOn: '2026-09-01' } }) },
  'Mutation.addKitComponent': { policy: 'OPERATOR', args: (w) => ({ kitId: w.kitId, input: { type: 'TABLET', model: 'Wacom Intuos Pro', serialNumber: `TB-${w.fresh.mark()}`, embodiedKgCo2e: 84 } }) },
  'Mutation.assignCrew': {
    policy: 'OWN_STUDIO',
    args: async (w) => {
      const b = await w.fresh.booking();
      return { input: { bookingId: b.id, crewMemberId: await w.fresh.crew(), deskId: b.deskId, startDate: b.startDate, endDate: b.endDate } };
    },
  },
  'Mutation.bookDesks': { policy: 'OWN_STUDIO', args: (w) => ({ input: { studioId: w.a.studioId, productionName: `Production ${w.a.mark}`, startDate: '2027-11-01', endDate: '2027-11-02', deskCount: 1 } }) },
  'Mutation.cancelBooking': { policy: 'OWN_STUDIO', args: async (w) => ({ id: (await w.fresh.booking()).id }) },
  'Mutation.checkIn': { policy: 'PUBLIC', args: async (w) => ({ code: (await w.fresh.assignment(true)).code }) },
  'Mutation.checkOut': { policy: 'PUBLIC', args: async (w) => ({ code: (await w.fresh.checkIn()).code }) },
  'Mutation.checkOutById': { policy: 'OPERATOR', site: 'SCOPED', args: async (w) => ({ checkInId: (await w.fresh.checkIn()).checkInId }) },
  'Mutation.confirmBooking': { policy: 'OWN_STUDIO', args: async (w) => ({ id: (await w.fresh.booking(BookingStatus.OPTION)).id }) },
  'Mutation.createContract': { policy: 'OPERATOR', args: (w) => ({ input: contractInput(w) }) },
  'Mutation.createCreditNote': { policy: 'OPERATOR', args: (w) => ({ input: { invoiceId: w.invoiceId, amountExclTaxCents: 50, reason: 'Remise pour une panne' } }) },
  'Mutation.createSite': {
    policy: 'OPERATOR',
    args: (w) => ({ input: { name: `Studio FLEX ${w.fresh.mark()}`, address: '1 rue du Test, 26500 Bourg-lès-Valence', timezone: 'Europe/Paris', areaSqm: 60, openWeekdays: [1, 2, 3, 4, 5], zones: [{ name: 'A', desks: 2 }] } }),
  },
  'Mutation.updateSite': { policy: 'OPERATOR', args: (w) => ({ input: { id: w.siteId, areaSqm: 200 } }) },
  'Mutation.addSiteClosure': { policy: 'OPERATOR', site: 'SCOPED', args: (w) => ({ input: { siteId: w.siteId, date: '2029-12-24', label: 'Réveillon' } }) },
  'Mutation.removeSiteClosure': { policy: 'OPERATOR', site: 'SCOPED', args: (w) => ({ siteId: w.siteId, date: '2029-12-24' }) },
  'Mutation.setUserSites': { policy: 'OPERATOR', args: async (w) => ({ userId: (await w.fresh.user()).id, siteIds: [] }) },
  'Mutation.setContractSites': { policy: 'OPERATOR', args: async (w) => ({ contractId: await w.fresh.contract(ContractStatus.DRAFT), siteIds: [w.siteId] }) },
  'Mutation.createStudio': { policy: 'OPERATOR', args: (w) => ({ input: studioInput(w) }) },
  'Mutation.createUser': { policy: 'OPERATOR', args: (w) => ({ input: { email: `nouveau-${w.fresh.mark()}@example.fr`, fullName: 'Jeanne Nouvelle', password: STRONG_PASSWORD, role: 'STUDIO_MANAGER', studioId: w.a.studioId } }) },
  'Mutation.eraseCrewMember': { policy: 'OWN_STUDIO', args: async (w) => ({ id: await w.fresh.crew() }) },
  'Mutation.generateInvoices': { policy: 'OPERATOR', args: () => ({ month }) },
  'Mutation.issueInvoice': { policy: 'OPERATOR', args: async (w) => ({ id: await w.fresh.draftInvoice() }) },
  // A month before the world's bookings: nothing to issue, so other rows' drafts stay drafts.
  'Mutation.issueMonthDrafts': { policy: 'OPERATOR', args: () => ({ month: '2025-12', evenIfMonthNotOver: true }) },
  'Mutation.login': { policy: 'PUBLIC', args: (w) => ({ email: w.a.managerEmail, password: TEST_PASSWORD }) },
  'Mutation.markInvoicePaid': { policy: 'OPERATOR', args: async (w) => ({ id: await w.fresh.issuedInvoice(), paidOn: WORLD_TODAY }) },
  'Mutation.moveBookingDesk': {
    policy: 'OPERATOR',
    args: async (w) => {
      const b = await w.fresh.booking();
      return { bookingId: b.id, fromDeskId: b.deskId, toDeskId: b.deskCode === 'D08' ? w.deskId.D07 : w.deskId.D08 };
    },
  },
  'Mutation.openMaintenanceTicket': { policy: 'OPERATOR', site: 'SCOPED', args: (w) => ({ input: { kitId: w.kitId, title: 'Tablette capricieuse', severity: 'LOW' } }) },
  'Mutation.reissueAccessPass': { policy: 'OWN_STUDIO', args: async (w) => ({ assignmentId: (await w.fresh.assignment()).id }) },
  'Mutation.removeCrewMember': { policy: 'OWN_STUDIO', args: async (w) => ({ id: await w.fresh.crew() }) },
  'Mutation.removeKitComponent': { policy: 'OPERATOR', args: async (w) => ({ id: (await w.fresh.spareKit()).componentId }) },
  'Mutation.resolveMaintenanceTicket': { policy: 'OPERATOR', site: 'SCOPED', args: async (w) => ({ id: await w.fresh.ticket(), resolution: 'Câble remplacé' }) },
  'Mutation.retireKit': { policy: 'OPERATOR', args: async (w) => ({ id: (await w.fresh.spareKit()).kitId }) },
  'Mutation.revokeAccessPass': { policy: 'OWN_STUDIO', args: async (w) => ({ code: (await w.fresh.assignment()).code }) },
  'Mutation.startMaintenanceTicket': { policy: 'OPERATOR', site: 'SCOPED', args: async (w) => ({ id: await w.fresh.ticket() }) },
  'Mutation.swapKit': { policy: 'OPERATOR', args: async (w) => ({ deskId: w.deskId.D09, kitId: (await w.fresh.spareKit()).kitId }) },
  'Mutation.terminateContract': { policy: 'OPERATOR', args: async (w) => ({ id: await w.fresh.contract(ContractStatus.ACTIVE) }) },
  'Mutation.unassignCrew': { policy: 'OWN_STUDIO', args: async (w) => ({ id: (await w.fresh.assignment()).id }) },
  'Mutation.updateBooking': { policy: 'OWN_STUDIO', args: async (w) => ({ input: { id: (await w.fresh.booking()).id, productionName: `Production ${w.a.mark} (suite)` } }) },
  'Mutation.issueCarbonStatement': { policy: 'OWN_STUDIO', args: (w) => ({ input: { studioId: w.a.studioId, productionName: `Production ${w.a.mark}`, from: '2027-04-01', to: '2027-12-31' } }) },
  'Mutation.recordCo2FactorVersion': { policy: 'OPERATOR', args: () => ({ input: { key: 'kwhPerDeskDay', value: 1.2, source: 'Studio FLEX estimate: 8 hours at 150 W' } }) },
  'Mutation.recordKitMeterReading': { policy: 'OPERATOR', args: (w) => ({ input: { kitId: w.kitId, readOn: '2027-02-26', kwh: 120 } }) },
  'Mutation.updateCo2Settings': { policy: 'OPERATOR', args: () => ({ input: { referenceKitKg: 700 } }) },
  'Mutation.updateCrewMember': { policy: 'OWN_STUDIO', args: (w) => ({ id: w.staffed.crewMemberId, input: { jobTitle: `Compositing ${w.a.mark}` } }) },
  'Mutation.updateKit': { policy: 'OPERATOR', args: (w) => ({ id: w.kitId, input: { purchasedOn: '2026-06-02' } }) },
  'Mutation.updateKitComponent': { policy: 'OPERATOR', args: (w) => ({ id: w.componentId, input: { model: 'Dell P2425H' } }) },
  'Mutation.updateStudio': { policy: 'OPERATOR', args: (w) => ({ input: { id: w.a.studioId, billingAddress: '3 rue de Genève, 16000 Angoulême' } }) },
};
