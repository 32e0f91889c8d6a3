/**
 * The GraphQL documents the bench sends: the shared contract's operations, with the fields
 * the front end asks for.
 */
/** The per-site reads take an optional $siteId (omitted: the caller's first site, or every site for the lists). */
export const ME = `query BenchMe { me { id } }`;

export const ME_WITH_STUDIO = `query BenchMeStudio { me { id role studio { id name } } }`;

export const STUDIOS = `query BenchStudios { studios { id name isNew } }`;

export const DESK_CALENDAR = `query BenchDeskCalendar($from: Date!, $to: Date!, $siteId: ID) {
  deskCalendar(from: $from, to: $to, siteId: $siteId) {
    desk { id code zone bookable }
    blocks {
      startDate endDate status mine
      booking { id reference productionName studio { id name } }
    }
  }
}`;

export const AVAILABILITY = `query BenchAvailability($from: Date!, $to: Date!, $siteId: ID) {
  availability(from: $from, to: $to, siteId: $siteId) { date open freeDesks bookedDesks }
}`;

export const FREE_DESKS = `query BenchFreeDesks($from: Date!, $to: Date!) {
  freeDesks(from: $from, to: $to) { id code zone }
}`;

export const BOOKING_QUOTE = `query BenchBookingQuote($input: BookingQuoteInput!) {
  bookingQuote(input: $input) {
    bookable days openDays deskDays amountCents
    desks { id code }
    conflicts { code message deskCodes from to }
    months { month }
  }
}`;

export const BOOK_DESKS = `mutation BenchBookDesks($input: BookDesksInput!) {
  bookDesks(input: $input) {
    id reference status productionName startDate endDate optionExpiresAt
    studio { id }
    desks { id code zone }
  }
}`;

export const CANCEL_BOOKING = `mutation BenchCancelBooking($id: ID!) {
  cancelBooking(id: $id) { id status cancelledAt }
}`;

export const DAILY_BOARD = `query BenchDailyBoard($date: Date!, $siteId: ID) {
  dailyBoard(date: $date, siteId: $siteId) {
    status
    desk { code }
    crewMember { fullName }
    studio { name }
  }
}`;

export const GENERATE_INVOICES = `mutation BenchGenerateInvoices($month: String!) {
  generateInvoices(month: $month) {
    id status month
    studio { id }
    totalExclTaxCents vatCents totalInclTaxCents
    lines { kind description quantity unitPriceCents amountCents booking { id } }
  }
}`;

export const CO2_REPORT = `query BenchCo2Report($from: Date!, $to: Date!, $studioId: ID, $siteId: ID) {
  co2Report(from: $from, to: $to, studioId: $studioId, siteId: $siteId) {
    machinesAvoided grossAvoidedKg flexFootprintKg netAvoidedKg carKmEquivalent
    perStudio { studio { id name } machinesAvoided netAvoidedKg }
    assumptions { name value unit source }
  }
}`;

/** "Live" as the app reads it: a live desk row of a confirmed booking, or of an option not yet expired at `now`. */
const live = (bd: string, b: string, now: string) =>
  `${bd}.live AND (${b}.status = 'CONFIRMED' OR (${b}.status = 'OPTION' AND ${b}.option_expires_at > ${now}))`;

/**
 * The desk calendar of the operator in one SQL read, shaped as the API answers it: every desk
 * with its live blocks over [$1, $2] as JSON. The floor any API answer of it stands on.
 */
export const DESK_CALENDAR_SQL = `
SELECT d.id, d.code, d.zone, coalesce(k.status = 'OPERATIONAL', false) AS bookable,
       coalesce(json_agg(json_build_object(
         'startDate', lower(h.days), 'endDate', upper(h.days) - 1, 'status', h.status, 'mine', false,
         'booking', json_build_object('id', h.booking_id, 'reference', h.reference, 'productionName', h.production_name,
                                      'studio', json_build_object('id', h.studio_id, 'name', h.studio_name)))
         ORDER BY lower(h.days)) FILTER (WHERE h.booking_id IS NOT NULL), '[]') AS blocks
  FROM desk d
  LEFT JOIN kit k ON k.desk_id = d.id
  LEFT JOIN LATERAL (
    SELECT bd.days, bd.booking_id, b.status, b.reference, b.production_name, b.studio_id, s.name AS studio_name
      FROM booking_desk bd JOIN booking b ON b.id = bd.booking_id JOIN studio s ON s.id = b.studio_id
     WHERE bd.desk_id = d.id AND ${live('bd', 'b', '$3')} AND bd.days && daterange($1::date, $2::date, '[]')
  ) h ON true
 GROUP BY d.id, k.status
 ORDER BY d.code`;

/** Pairs of live holds (at $1) of one desk sharing a day: a double booking. Must be 0. */
export const OVERLAPPING_LIVE_HOLDS_SQL = `
SELECT count(*)::int AS overlaps
  FROM booking_desk bd JOIN booking b ON b.id = bd.booking_id
  JOIN booking_desk bd2 ON bd2.desk_id = bd.desk_id AND bd2.id > bd.id AND bd2.days && bd.days
  JOIN booking b2 ON b2.id = bd2.booking_id
 WHERE ${live('bd', 'b', '$1')} AND ${live('bd2', 'b2', '$1')}`;

/** For each desk of $4 and each day of [$1, $2]: how many live bookings hold it at $3. */
export const HOLDERS_PER_DESK_DAY_SQL = `
SELECT d.id AS "deskId", g.day::date::text AS day, count(b.id)::int AS holders
  FROM unnest($4::uuid[]) AS d(id)
 CROSS JOIN generate_series($1::date, $2::date, interval '1 day') AS g(day)
  LEFT JOIN (booking_desk bd JOIN booking b ON b.id = bd.booking_id AND ${live('bd', 'b', '$3')})
         ON bd.desk_id = d.id AND bd.days @> g.day::date
 GROUP BY d.id, g.day
 ORDER BY d.id, g.day`;
