import { ReminderKind } from './payment-reminder.entity.js';
import { daysOverdue, reminderDue } from './reminder-schedule.js';

describe('reminderDue', () => {
  const due = '2027-05-02';
  it('sends nothing on or before the due date', () => {
    expect(reminderDue(due, '2027-04-30', [])).toBeNull();
    expect(reminderDue(due, due, [])).toBeNull();
  });
  it('sends the first reminder from the day after the due date, once', () => {
    expect(reminderDue(due, '2027-05-03', [])).toBe(ReminderKind.FIRST);
    expect(reminderDue(due, '2027-05-17', [])).toBe(ReminderKind.FIRST);
    expect(reminderDue(due, '2027-05-17', [ReminderKind.FIRST])).toBeNull();
  });
  it('sends the second 15 days after the first, once', () => {
    expect(reminderDue(due, '2027-05-18', [ReminderKind.FIRST])).toBe(ReminderKind.SECOND);
    expect(reminderDue(due, '2027-06-30', [ReminderKind.FIRST, ReminderKind.SECOND])).toBeNull();
  });
  it('sends only the second when both came due unsent, and never the first after it', () => {
    expect(reminderDue(due, '2027-05-20', [])).toBe(ReminderKind.SECOND);
    expect(reminderDue(due, '2027-05-20', [ReminderKind.SECOND])).toBeNull();
  });
});

describe('daysOverdue', () => {
  it('counts whole days after the due date', () => {
    expect(daysOverdue('2027-05-02', '2027-05-02')).toBe(0);
    expect(daysOverdue('2027-05-02', '2027-05-03')).toBe(1);
    expect(daysOverdue('2027-05-02', '2027-06-01')).toBe(30);
    expect(daysOverdue('2027-05-02', '2027-04-01')).toBe(0);
  });
});
