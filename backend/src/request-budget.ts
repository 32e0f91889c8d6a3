import { MAX_RANGE_DAYS } from './modules/booking/booking-rules.js';
import { MAX_REPORT_DAYS } from './modules/co2/co2-factors.js';

/**
 * The days of data one GraphQL request may ask for over all its fields and aliases (the
 * period budget of common/graphql): each field bounds its own period (366 days; 3660 for
 * the CO2 report), and a request may ask for one full-length report and a year beside it.
 */
export const MAX_DAYS_PER_REQUEST = MAX_REPORT_DAYS + MAX_RANGE_DAYS;
