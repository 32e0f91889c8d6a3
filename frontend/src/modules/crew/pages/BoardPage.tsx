import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getISODay, parseISO } from 'date-fns';
import { Alert, Button, ErrorMessage, formatLongDay, formatTime, IconButton, Input, PageHeader, SidePanel, Spinner, Stat, StatusPill, todayInParis, useToast } from '../../../ui';
import type { FrontDeskBoardQuery as Result } from '../../../gql/graphql';
import { SITE_PARAM, useSiteScope } from '../../../app/site-scope';
import { FrontDesk } from '../components/FrontDesk';
import { BOARD_STATUSES, STATUS_TONE, type BoardStatus } from '../components/statuses';
import { useAvailability } from '../../booking/hooks/calendar';
import { shiftDay } from '../crew-format';
import { useCheckOutById, useFrontDeskBoard } from '../hooks/crew';
import '../crew.css';

type Entry = Result['dailyBoard'][number];

/** The operator's daily board: the 40 desks, who is expected, in, gone or missing; the front desk. */
/** The day shown, kept in the URL (?date=; today: none) beside the site (?site= stays). */
function useBoardDay(today: string): [string, (day: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('date');
  const setDay = (d: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (d === today) next.delete('date');
      else next.set('date', d);
      return next;
    }, { replace: true });
  return [asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : today, setDay];
}

export function BoardPage() {
  const { t } = useTranslation('crew');
  const today = todayInParis();
  const [date, setDate] = useBoardDay(today);
  const site = useSiteScope().current;
  const isToday = date === today;
  // Live enough to run the front desk: refreshed every 20 s today.
  const { data, loading, error, refetch } = useFrontDeskBoard(date, isToday);
  const [selected, setSelected] = useState<string | null>(null);
  const entries = data?.dailyBoard ?? [];

  const counts = useMemo(() => {
    const c = Object.fromEntries(BOARD_STATUSES.map((s) => [s, 0])) as Record<BoardStatus, number>;
    for (const e of entries) c[e.status as BoardStatus] += 1;
    return c;
  }, [entries]);
  const zones = useMemo(() => {
    const map = new Map<string, Entry[]>();
    for (const e of entries) map.set(e.desk.zone, [...(map.get(e.desk.zone) ?? []), e]);
    return [...map];
  }, [entries]);
  // Closed: a weekend or a closure (public holiday…), as the site's calendar has it.
  const day = useAvailability({ from: date, to: date })?.[0];
  const closed = day ? !day.open : getISODay(parseISO(date)) >= 6;
  const open = entries.find((e) => e.desk.id === selected);

  return (
    <div className="board-page">
      <PageHeader
        title={t('board.title')}
        subtitle={`${formatLongDay(date)} · ${t('board.subtitle')}`}
        actions={
          <div className="board-page__nav">
            <IconButton icon="chevronLeft" variant="secondary" label={t('board.previous')} onClick={() => setDate(shiftDay(date, -1))} />
            <Input type="date" aria-label={t('board.date')} value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
            <IconButton icon="chevronRight" variant="secondary" label={t('board.next')} onClick={() => setDate(shiftDay(date, 1))} />
            {!isToday && <Button onClick={() => setDate(today)}>{t('board.today')}</Button>}
            <Link className="btn btn--secondary btn--md" to={site ? `/kiosk?${SITE_PARAM}=${encodeURIComponent(site.id)}` : '/kiosk'} target="_blank">{t('board.openKiosk')}</Link>
          </div>
        }
      />
      {isToday && <FrontDesk onRecorded={() => void refetch()} />}
      {closed && <Alert tone="info">{t('board.closed')}</Alert>}
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Spinner />
      ) : (
        <>
          <div className="stats board-stats">
            {BOARD_STATUSES.map((s) => (
              <Stat key={s} label={t(`board.status.${s}`)} value={counts[s]} tone={s === 'PRESENT' ? 'success' : s === 'NO_SHOW' && counts[s] ? 'danger' : s === 'MAINTENANCE' && counts[s] ? 'warning' : s === 'EXPECTED' ? 'info' : undefined} />
            ))}
          </div>
          <div className={['split', open && 'split--open'].filter(Boolean).join(' ')}>
          <div className="board-zones">
            {zones.map(([zone, desks]) => (
              <section key={zone} className="board-zone" aria-label={t('board.zone', { zone })}>
                <h2 className="board-zone__title">{t('board.zone', { zone })}</h2>
                <div className="board-zone__grid">
                  {desks.map((e) => <DeskTile key={e.desk.id} entry={e} onOpen={() => setSelected(e.desk.id)} />)}
                </div>
              </section>
            ))}
          </div>
          {open && <DeskPanel entry={open} onClose={() => setSelected(null)} />}
          </div>
          <p className="muted board-page__hint">{t('board.noShowHint')}</p>
        </>
      )}
    </div>
  );
}

function DeskTile({ entry, onOpen }: { entry: Entry; onOpen: () => void }) {
  const { t } = useTranslation('crew');
  const status = t(`board.status.${entry.status}`);
  const name = entry.crewMember?.fullName;
  return (
    <button
      type="button"
      className={`desk-tile desk-tile--${entry.status.toLowerCase()}`}
      data-desk={entry.desk.code}
      data-status={entry.status}
      onClick={onOpen}
    >
      {/* The name is the visible text (code, status, who), read as "Poste A01 Présent …". */}
      <span className="desk-tile__top">
        <span className="desk-tile__code"><span className="sr-only">{t('pass.desk')} </span>{entry.desk.code}</span>
        <span className="desk-tile__status">{status}</span>
      </span>
      <span className="desk-tile__name">{name ?? (entry.booked ? t('board.booked') : '')}</span>
      <span className="desk-tile__studio">{entry.studio?.name ?? ''}</span>
    </button>
  );
}

function DeskPanel({ entry, onClose }: { entry: Entry; onClose: () => void }) {
  const { t } = useTranslation('crew');
  const toast = useToast();
  const { checkOut, loading, error } = useCheckOutById();
  const c = entry.checkIn;
  return (
    <SidePanel title={`${t('pass.desk')} ${entry.desk.code}`} subtitle={entry.studio?.name} onClose={onClose}>
      <StatusPill tone={STATUS_TONE[entry.status as BoardStatus]}>{t(`board.status.${entry.status}`)}</StatusPill>
      {entry.crewMember && (
        <dl className="facts">
          <dt>{t('directory.columns.name')}</dt>
          <dd>{entry.crewMember.fullName}</dd>
          {entry.crewMember.jobTitle && (<><dt>{t('directory.columns.job')}</dt><dd>{entry.crewMember.jobTitle}</dd></>)}
          {c && (<><dt>{t('board.arrival')}</dt><dd>{formatTime(c.checkedInAt)}</dd></>)}
          {c?.checkedOutAt && (<><dt>{t('board.departure')}</dt><dd>{formatTime(c.checkedOutAt)}</dd></>)}
        </dl>
      )}
      {!entry.crewMember && entry.booked && <p className="muted">{t('board.bookedFree')}</p>}
      {c?.autoClosed && <p className="muted">{t('board.autoClosed')}</p>}
      {entry.status === 'MAINTENANCE' && entry.crewMember && <Alert tone="warning">{t('board.maintenanceWho', { name: entry.crewMember.fullName })}</Alert>}
      {(entry.status === 'PRESENT' || entry.status === 'MAINTENANCE') && c && !c.checkedOutAt && (
        <Button
          icon="logout"
          loading={loading}
          onClick={async () => {
            if (!(await checkOut(c.id))) return; // shown below
            toast.success(t('board.checkedOut', { name: entry.crewMember?.fullName ?? '' }));
            onClose();
          }}
        >
          {t('board.checkOutNow')}
        </Button>
      )}
      {error && <ErrorMessage error={error} compact />}
    </SidePanel>
  );
}
