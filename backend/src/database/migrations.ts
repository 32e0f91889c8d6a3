import { Foundation1764400000000 } from './migrations/1764400000000-Foundation.js';
import { Crew1795881089834 } from './migrations/1795881089834-Crew.js';
import { Maintenance1795881483268 } from './migrations/1795881483268-Maintenance.js';
import { Invoicing1795882786367 } from './migrations/1795882786367-Invoicing.js';
import { BookingEngine1795883202298 } from './migrations/1795883202298-BookingEngine.js';
import { Sessions1796200000000 } from './migrations/1796200000000-Sessions.js';
import { IssuedDocuments1796300000000 } from './migrations/1796300000000-IssuedDocuments.js';
import { Payments1796400000000 } from './migrations/1796400000000-Payments.js';
import { CalendarFeeds1796700000000 } from './migrations/1796700000000-CalendarFeeds.js';
import { JobRuns1797100000000 } from './migrations/1797100000000-JobRuns.js';
import { EventMails1797200000000 } from './migrations/1797200000000-EventMails.js';
import { CarbonStatements1797500000000 } from './migrations/1797500000000-CarbonStatements.js';
import { Sites1797700000000 } from './migrations/1797700000000-Sites.js';
import { RangeReads1797800000000 } from './migrations/1797800000000-RangeReads.js';
import { BookingReferences1797800000001 } from './migrations/1797800000001-BookingReferences.js';

/** Every migration, oldest first; a module adds its own here. */
export const MIGRATIONS = [Foundation1764400000000, Crew1795881089834, Maintenance1795881483268, Invoicing1795882786367, BookingEngine1795883202298, Sessions1796200000000, IssuedDocuments1796300000000, Payments1796400000000, CalendarFeeds1796700000000, JobRuns1797100000000, EventMails1797200000000, CarbonStatements1797500000000, Sites1797700000000, RangeReads1797800000000, BookingReferences1797800000001];
