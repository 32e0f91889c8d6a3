import { addDays, daysBetween, LocalDate } from '../../../common/time/dates.js';
import { ReminderKind } from './payment-reminder.entity.js';

/** Days after the due date each reminder goes: the next day, then 15 days later. */
export const REMINDER_DAYS_AFTER_DUE: Record<ReminderKind, number> = {
  [ReminderKind.FIRST]: 1,
  [ReminderKind.SECOND]: 16,
};

const IN_ORDER = [ReminderKind.FIRST, ReminderKind.SECOND];

/** The day a reminder of this kind is due for an invoice due on `dueDate`. */
export const reminderDay = (dueDate: LocalDate, kind: ReminderKind): LocalDate => addDays(dueDate, REMINDER_DAYS_AFTER_DUE[kind]);

/**
 * The reminder to send today for an unpaid invoice, if any: the latest one whose day has come
 * and that was not sent. When the job did not run for a while and both are due, only the second
 * goes (a studio gets one e-mail, not two at once); an earlier one is never sent after a later.
 */
export function reminderDue(dueDate: LocalDate, today: LocalDate, sent: readonly ReminderKind[]): ReminderKind | null {
  const latestDue = [...IN_ORDER].reverse().find((k) => reminderDay(dueDate, k) <= today);
  if (!latestDue) return null;
  const latestSentIndex = Math.max(-1, ...sent.map((k) => IN_ORDER.indexOf(k)));
  return IN_ORDER.indexOf(latestDue) > latestSentIndex ? latestDue : null;
}

/** Whole days since the due date (0 until the day after). */
export const daysOverdue = (dueDate: LocalDate, today: LocalDate): number => Math.max(0, daysBetween(dueDate, today));
