import { Injectable } from '@nestjs/common';
import { dateInZone, LocalDate, SITE_TIMEZONE } from './dates.js';

/**
 * The one source of "now". Tests move it (`travelTo`) instead of waiting; production
 * reads the system clock.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today's date in Europe/Paris. */
  today(timezone = SITE_TIMEZONE): LocalDate {
    return dateInZone(this.now(), timezone);
  }

  travelTo(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
