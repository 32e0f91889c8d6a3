import { useCallback, useMemo, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { Button, Card, EmptyState, ErrorMessage, PageHeader, Spinner, todayInParis } from '../../../ui';
import { BookingDialog, type BookingDraft } from '../components/BookingDialog';
import { OnboardingChecklist } from '../components/OnboardingChecklist';
import { addDaysTo, eachDay, MIN_COLUMN_WIDTH, parseDay, parseZoom, periodStart, rangeOf, shiftPeriod, type Zoom } from '../components/timeline/dates';
import { DeskTimeline, type DeskTimelineHandle } from '../components/timeline/DeskTimeline';
import { buildDays, buildRow, cellWords, type DeskSelection } from '../components/timeline/model';
import { studioPalette } from '../components/timeline/palette';
import { SelectionSummary } from '../components/timeline/SelectionSummary';
import { TimelineLegend } from '../components/timeline/TimelineLegend';
import { TimelineToolbar } from '../components/timeline/TimelineToolbar';
import { AvailabilityQuery, DeskCalendarQuery } from '../graphql/calendar';
import { StudiosQuery } from '../graphql/shared';
import '../calendar.css';

/** The next Monday-to-Friday week from `today`: where "book N desks" starts by default. */
function nextWorkWeek(today: string): { startDate: string; endDate: string } {
  const weekday = (new Date(`${today}T12:00:00`).getDay() + 6) % 7; // Monday = 0
  const startDate = addDaysTo(today, 7 - weekday);
  return { startDate, endDate: addDaysTo(startDate, 4) };
}

/**
 * The main screen: desks × days, bookings as bars per studio, a block chosen by drag or
 * keyboard and booked through the booking dialog. The period lives in the URL
 * (?from=YYYY-MM-DD&zoom=2w|month|quarter) so that a reload keeps it.
 */
export function CalendarPage() {
  const { t } = useTranslation('booking');
  const { user, isOperator } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const today = todayInParis();
  const zoom = parseZoom(params.get('zoom'));
  const from = parseDay(params.get('from')) ? params.get('from')! : periodStart(zoom, today);
  const range = useMemo(() => rangeOf(zoom, from), [zoom, from]);

  const calendar = useQuery(DeskCalendarQuery, { variables: range, fetchPolicy: 'cache-and-network' });
  const availability = useQuery(AvailabilityQuery, { variables: range, fetchPolicy: 'cache-and-network' });
  const studios = useQuery(StudiosQuery);

  const timelineRef = useRef<DeskTimelineHandle>(null);
  const [selection, setSelection] = useState<DeskSelection | null>(null);
  const [draft, setDraft] = useState<{ key: number; value: BookingDraft } | null>(null);

  const go = (nextZoom: Zoom, nextFrom: string) => {
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('from', nextFrom);
      next.set('zoom', nextZoom);
      return next;
    });
  };
  const changeZoom = (nextZoom: Zoom) => go(nextZoom, periodStart(nextZoom, today >= range.from && today <= range.to ? today : from));

  const studioList = studios.data?.studios;
  const colorOf = useMemo(() => studioPalette((studioList ?? []).map((s) => s.id)), [studioList]);

  const days = useMemo(() => {
    const open = new Map((availability.data?.availability ?? []).map((a) => [a.date, a]));
    return buildDays(eachDay(range), open, today);
  }, [availability.data, range, today]);

  const rows = useMemo(() => {
    const ctx = { t, range, isOperator, colorOf, words: cellWords(t) };
    return (calendar.data?.deskCalendar ?? []).map((row) => buildRow(row, days, ctx));
  }, [calendar.data, days, t, range, isOperator, colorOf]);

  const legendStudios = useMemo(() => {
    if (isOperator) return (studioList ?? []).map((s) => ({ id: s.id, name: s.name, color: colorOf(s.id) }));
    return user?.studio ? [{ id: user.studio.id, name: user.studio.name, color: colorOf(user.studio.id) }] : [];
  }, [isOperator, studioList, user, colorOf]);

  const openDraft = useCallback((value: BookingDraft) => setDraft((d) => ({ key: (d?.key ?? 0) + 1, value })), []);
  const openSelection = useCallback(
    (s: DeskSelection) => openDraft({ startDate: s.from, endDate: s.to, desks: s.desks }),
    [openDraft],
  );
  const openBooking = useCallback((id: string) => navigate(`/bookings/${id}`), [navigate]);

  const loading = (calendar.loading && !calendar.data) || (availability.loading && !availability.data);
  const refreshing = calendar.loading || availability.loading;

  return (
    <div className="calendar-page">
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.subtitle')}
        actions={
          <Button variant="primary" icon="plus" onClick={() => openDraft({ ...nextWorkWeek(today), deskCount: 1 })}>
            {t('calendar.bookCount')}
          </Button>
        }
      />
      {user?.role === 'STUDIO_MANAGER' && <OnboardingChecklist compact />}

      <Card className="calendar-card" padded={false}>
        <TimelineToolbar
          zoom={zoom}
          range={range}
          busy={refreshing && !loading}
          onShift={(step) => go(zoom, shiftPeriod(zoom, from, step))}
          onToday={() => go(zoom, periodStart(zoom, today))}
          onZoom={changeZoom}
        />
        {calendar.error && !calendar.data ? (
          <div className="calendar-card__state">
            <ErrorMessage error={calendar.error} onRetry={() => void calendar.refetch()} />
          </div>
        ) : loading ? (
          <div className="calendar-card__state"><Spinner label={t('app:common.loading')} /></div>
        ) : rows.length === 0 ? (
          <EmptyState icon="grid" title={t('calendar.grid.empty')} />
        ) : (
          <div className="calendar-card__grid">
            <DeskTimeline
              ref={timelineRef}
              rows={rows}
              days={days}
              minColumnWidth={MIN_COLUMN_WIDTH[zoom]}
              compact={zoom === 'quarter'}
              onSelectionChange={setSelection}
              onOpenSelection={openSelection}
              onOpenBooking={openBooking}
            />
            {selection && (
              <SelectionSummary
                selection={selection}
                onBook={() => openSelection(selection)}
                onClear={() => timelineRef.current?.clearSelection()}
              />
            )}
          </div>
        )}
        {availability.error && <div className="calendar-card__state"><ErrorMessage error={availability.error} compact /></div>}
        <TimelineLegend studios={legendStudios} managerView={!isOperator} />
      </Card>

      {draft && (
        <BookingDialog
          key={draft.key}
          draft={draft.value}
          onClose={() => setDraft(null)}
          onBooked={() => {
            setDraft(null);
            timelineRef.current?.clearSelection();
          }}
        />
      )}
    </div>
  );
}
