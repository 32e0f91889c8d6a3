import { Injectable } from '@nestjs/common';
import { dateInZone, LocalDate, SITE_TIMEZONE } from './dates.js';

/**
 * The one source of "now". Tests move it (`travelTo`) instead of waiting; production
 * reads the system clock.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;
  private frozenAt?: number;

  now(): Date {
    return new Date(this.frozenAt ?? Date.now() + this.offsetMs);
  }

  /** Today's date in Europe/Paris. */
  today(timezone = SITE_TIMEZONE): LocalDate {
    return dateInZone(this.now(), timezone);
  }

  travelTo(instant: Date): void {
    this.frozenAt = undefined;
    this.offsetMs = instant.getTime() - Date.now();
  }

  /** Stops time at `instant` (until the next travelTo or reset): for rules measured in seconds. */
  freezeAt(instant: Date): void {
    this.frozenAt = instant.getTime();
  }

  reset(): void {
    this.offsetMs = 0;
    this.frozenAt = undefined;
  }
}
