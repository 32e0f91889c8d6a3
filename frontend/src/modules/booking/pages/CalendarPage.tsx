import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apolloClient } from '../../../app/apollo';
import { useAuth } from '../../../app/auth';
import { SITE_PARAM, useSiteScope } from '../../../app/site-scope';
import { Button, Card, EmptyState, ErrorMessage, PageHeader, Spinner, todayInParis } from '../../../ui';
import { BookingDialog, type BookingDraft } from '../components/BookingDialog';
import { OnboardingChecklist } from '../components/OnboardingChecklist';
import { DeskTimeline, type DeskTimelineHandle } from '../components/timeline/DeskTimeline';
import { SelectionSummary } from '../components/timeline/SelectionSummary';
import { TimelineLegend } from '../components/timeline/TimelineLegend';
import { TimelineToolbar } from '../components/timeline/TimelineToolbar';
import { prefetchCalendar } from '../hooks/calendar';
import { periodOf, useCalendarModel, useCalendarPeriod } from '../hooks/calendar-view';
import { MIN_COLUMN_WIDTH, nextWorkWeek, rangeOf } from '../timeline/dates';
import type { DeskSelection } from '../timeline/model';
import '../calendar.css';

/** Run by lazyPage as soon as this chunk arrives: the period the address names is asked for at once. */
export function prefetch(): void {
  const params = new URLSearchParams(window.location.search);
  const { zoom, from } = periodOf(params, todayInParis());
  prefetchCalendar(apolloClient, rangeOf(zoom, from), params.get(SITE_PARAM) ?? undefined);
}

/**
 * The main screen: desks × days, bookings as bars per studio, a block chosen by drag or
 * keyboard and booked through the booking dialog.
 */
export function CalendarPage() {
  const { t } = useTranslation('booking');
  const { user, isOperator } = useAuth();
  const navigate = useNavigate();
  const today = todayInParis();
  const period = useCalendarPeriod(today);
  const { zoom, range } = period;
  const model = useCalendarModel(range, today);
  const site = useSiteScope().current;

  const timelineRef = useRef<DeskTimelineHandle>(null);
  const [selection, setSelection] = useState<DeskSelection | null>(null);
  const [draft, setDraft] = useState<{ key: number; value: BookingDraft } | null>(null);
  const openDraft = useCallback((value: BookingDraft) => setDraft((d) => ({ key: (d?.key ?? 0) + 1, value })), []);
  // A site operator runs the site; booking is for studios and the network operator.
  const canBook = user?.role !== 'SITE_OPERATOR';
  const openSelection = useCallback((s: DeskSelection) => canBook && openDraft({ startDate: s.from, endDate: s.to, desks: s.desks }), [openDraft, canBook]);
  const openBooking = useCallback((id: string) => navigate(`/bookings/${id}`), [navigate]);

  return (
    <div className="calendar-page">
      <PageHeader
        title={t('calendar.title')}
        subtitle={t('calendar.subtitle', { count: site?.deskCount ?? model.rows.length })}
        actions={canBook && <Button variant="primary" icon="plus" onClick={() => openDraft({ ...nextWorkWeek(today), deskCount: 1 })}>{t('calendar.bookCount')}</Button>}
      />
      {user?.role === 'STUDIO_MANAGER' && <OnboardingChecklist compact />}

      <Card className="calendar-card" padded={false}>
        <TimelineToolbar zoom={zoom} range={range} busy={model.refreshing && !model.loading} onShift={period.shift} onToday={period.toToday} onZoom={period.changeZoom} />
        {model.error ? (
          <div className="calendar-card__state"><ErrorMessage error={model.error} onRetry={model.retry} /></div>
        ) : model.loading ? (
          <div className="calendar-card__state"><Spinner label={t('app:common.loading')} /></div>
        ) : model.rows.length === 0 ? (
          <EmptyState icon="grid" title={t('calendar.grid.empty')} />
        ) : (
          <div className="calendar-card__grid">
            <DeskTimeline
              ref={timelineRef}
              rows={model.rows}
              days={model.days}
              minColumnWidth={MIN_COLUMN_WIDTH[zoom]}
              compact={zoom === 'quarter'}
              onSelectionChange={setSelection}
              onOpenSelection={openSelection}
              onOpenBooking={openBooking}
            />
            {selection && canBook && <SelectionSummary selection={selection} onBook={() => openSelection(selection)} onClear={() => timelineRef.current?.clearSelection()} />}
          </div>
        )}
        {model.availabilityError && <div className="calendar-card__state"><ErrorMessage error={model.availabilityError} compact /></div>}
        <TimelineLegend studios={model.legendStudios} managerView={!isOperator} />
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
