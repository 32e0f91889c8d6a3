import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { capitalize, formatPattern } from '../../timeline/dates';
import { monthSpans, type TimelineDay } from '../../timeline/model';

/** Few enough free desks to say so in the header. */
const FEW_FREE = 5;

/** The sticky header: months, then each day (weekday letter and number), then free desks per day. */
export const TimelineHeader = memo(function TimelineHeader({ days, compact }: { days: TimelineDay[]; compact: boolean }) {
  const { t } = useTranslation('booking');
  const months = useMemo(() => monthSpans(days), [days]);

  return (
    <div className="tl-head" role="rowgroup">
      <div className="tl-row tl-row--months" aria-hidden="true">
        <div className="tl-corner" />
        {months.map((m) => {
          const name = capitalize(formatPattern(`${m.month}-01`, 'LLLL yyyy'));
          // A month with too few columns to hold its name (the first or last days of the range) stays unnamed.
          const room = compact ? m.span >= 8 : m.span >= 3;
          return (
            <div key={m.month} className="tl-month" title={name} style={{ gridColumn: `${m.first + 2} / span ${m.span}` }}>
              {room && <span className="tl-month__name">{compact || m.span >= 6 ? name : capitalize(formatPattern(`${m.month}-01`, 'LLL yyyy'))}</span>}
            </div>
          );
        })}
      </div>
      <div className="tl-row tl-row--days" role="row">
        <div className="tl-corner tl-corner--label" role="columnheader">{t('calendar.grid.desk')}</div>
        {days.map((d) => (
          <div
            key={d.date}
            role="columnheader"
            aria-label={d.label}
            title={dayTitle(d, t)}
            className={[
              'tl-day',
              d.weekend && 'tl-day--weekend',
              d.closure && 'tl-day--closure',
              d.today && 'tl-day--today',
              d.past && 'tl-day--past',
              d.date.endsWith('-01') && 'tl-day--month-start',
            ].filter(Boolean).join(' ')}
          >
            {!compact && <span className="tl-day__letter">{d.weekdayLetter}</span>}
            {/* Quarter: numbers on Mondays, the 1st and today only, the columns being too narrow for all. */}
            {(!compact || d.today || d.date.endsWith('-01') || isMonday(d.date)) && <span className="tl-day__number">{d.dayNumber}</span>}
          </div>
        ))}
      </div>
      <div className="tl-row tl-row--free" aria-hidden="true">
        <div className="tl-corner tl-corner--free">{t('calendar.grid.free')}</div>
        {days.map((d) => (
          <div
            key={d.date}
            className={[
              'tl-free',
              !d.open && 'tl-free--closed',
              d.open && d.free === 0 && 'tl-free--none',
              d.open && d.free !== null && d.free > 0 && d.free <= FEW_FREE && 'tl-free--few',
              d.today && 'tl-free--today',
            ].filter(Boolean).join(' ')}
            title={d.open && d.free !== null ? t('calendar.grid.freeHint', { count: d.free, day: d.label }) : undefined}
          >
            {!compact && d.open && d.free !== null ? d.free : ''}
          </div>
        ))}
      </div>
    </div>
  );
});

const isMonday = (day: string): boolean => new Date(`${day}T12:00:00Z`).getUTCDay() === 1;

function dayTitle(d: TimelineDay, t: (key: string) => string): string {
  const notes = [d.today && t('calendar.grid.today'), d.closure && t('calendar.grid.closure'), d.weekend && t('calendar.grid.weekend')].filter(Boolean);
  return [d.label, ...notes].join(' · ');
}
