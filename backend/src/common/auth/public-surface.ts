/**
 * Everything a caller without a session can reach: the @Public() operations and every
 * `Type.field` their answers lead to. test/security/public-surface.spec.ts walks the built
 * schema from these operations and fails when what is reachable differs from these lists,
 * so a new field on a public type, or a new public operation, is a decision made here.
 */
export interface PublicSurface {
  /** `Query.x` / `Mutation.x`, each marked @Public() in its resolver. */
  operations: readonly string[];
  /** Every `Type.field` reachable from their return types, at any depth. */
  fields: readonly string[];
}

/** The door kiosk (no account): a decision, a greeting, a desk, a studio name, a validity window. */
export const DOOR_SURFACE: PublicSurface = {
  operations: ['Query.verifyAccess', 'Mutation.checkIn', 'Mutation.checkOut'],
  fields: [
    'KioskAccessCheck.allowed',
    'KioskAccessCheck.reason',
    'KioskAccessCheck.startDate',
    'KioskAccessCheck.endDate',
    'KioskAccessCheck.checkedInToday',
    'KioskAccessCheck.desk',
    'KioskAccessCheck.crewMember',
    'KioskAccessCheck.studio',
    'KioskCheckIn.id',
    'KioskCheckIn.day',
    'KioskCheckIn.checkedInAt',
    'KioskCheckIn.checkedOutAt',
    'KioskCheckIn.desk',
    'KioskCheckIn.crewMember',
    'KioskCheckIn.studio',
    'KioskDesk.code',
    'KioskDesk.zone',
    'KioskCrewMember.id',
    'KioskCrewMember.fullName',
    'KioskStudio.name',
  ],
};

/**
 * Signing in. Refused, it answers nothing but the error; accepted, the caller has proved the
 * password and the answer is their own account and (a manager) their own studio and its
 * contracts, the same as `me` would show them once signed in.
 */
export const SIGN_IN_SURFACE: PublicSurface = {
  operations: ['Mutation.login'],
  fields: [
    'AuthPayload.token',
    'AuthPayload.user',
    'User.id',
    'User.email',
    'User.fullName',
    'User.role',
    // A site operator's own sites.
    'User.siteIds',
    'User.studio',
    'User.status',
    'User.createdAt',
    'Studio.id',
    'Studio.name',
    'Studio.legalName',
    'Studio.siret',
    'Studio.vatNumber',
    'Studio.billingAddress',
    'Studio.contactEmail',
    'Studio.isNew',
    'Studio.electronicAddress',
    'Studio.language',
    'Studio.contracts',
    'Studio.activeContract',
    'Contract.id',
    'Contract.number',
    // The sites the studio's own contract covers.
    'Contract.siteIds',
    'Contract.status',
    'Contract.startDate',
    'Contract.endDate',
    'Contract.dailyRateCents',
    'Contract.volumeTiers',
    'Contract.maxDesks',
    'Contract.insurancePolicyRef',
    'Contract.insuranceExpiresOn',
    'Contract.cancellationNoticeDays',
    'Contract.lateCancellationFeePct',
    'Contract.activatedAt',
    'Contract.terminatedAt',
    'Contract.createdAt',
    'Contract.studio',
    'VolumeTier.fromDeskDays',
    'VolumeTier.dailyRateCents',
  ],
};

/**
 * Account links (invitation, password reset) opened by someone who has no password yet, and
 * signing out: the link's token proves who it was sent to, so its page may show that person's
 * name and e-mail; nothing else is reachable.
 */
export const ACCOUNT_LINK_SURFACE: PublicSurface = {
  operations: ['Mutation.logout', 'Query.accountLink', 'Mutation.acceptInvitation', 'Mutation.resetPassword'],
  fields: ['AccountLink.purpose', 'AccountLink.email', 'AccountLink.fullName', 'AccountLink.expiresAt'],
};

/**
 * The pass link e-mailed to a crew member (no account): its token opens that one pass while it
 * is valid, with what the pass page shows and prints: the code for the QR, the person's name,
 * the studio, production, desk and days. Nothing else is reachable.
 */
export const PASS_LINK_SURFACE: PublicSurface = {
  operations: ['Query.passLink'],
  fields: [
    'PassLink.code',
    'PassLink.fullName',
    'PassLink.studioName',
    'PassLink.productionName',
    'PassLink.deskCode',
    'PassLink.deskZone',
    'PassLink.startDate',
    'PassLink.endDate',
    'PassLink.validTo',
  ],
};

export const PUBLIC_SURFACES: readonly PublicSurface[] = [DOOR_SURFACE, SIGN_IN_SURFACE, ACCOUNT_LINK_SURFACE, PASS_LINK_SURFACE];

/** The operations a caller without a session may call. */
export const PUBLIC_OPERATIONS: readonly string[] = PUBLIC_SURFACES.flatMap((s) => s.operations);
