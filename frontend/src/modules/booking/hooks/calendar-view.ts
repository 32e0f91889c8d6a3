import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { parseDay, parseZoom, periodStart, rangeOf, shiftPeriod, zoomedStart, eachDay, type Range, type Zoom } from '../timeline/dates';
import { buildDays, buildRow, cellWords } from '../timeline/model';
import { studioPalette } from '../timeline/palette';
import { useDeskCalendar } from './calendar';
import { useStudioNamesState } from './studios';

/** The zoom and first day an address asks for (?from=YYYY-MM-DD&zoom=2w|month|quarter). */
export function periodOf(params: URLSearchParams, today: string): { zoom: Zoom; from: string } {
  const zoom = parseZoom(params.get('zoom'));
  return { zoom, from: parseDay(params.get('from')) ? params.get('from')! : periodStart(zoom, today) };
}

/** The period shown, kept in the URL (?from=YYYY-MM-DD&zoom=2w|month|quarter) so that a reload keeps it. */
export function useCalendarPeriod(today: string) {
  const [params, setParams] = useSearchParams();
  const { zoom, from } = periodOf(params, today);
  const range = useMemo(() => rangeOf(zoom, from), [zoom, from]);
  const go = (nextZoom: Zoom, nextFrom: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('from', nextFrom);
      next.set('zoom', nextZoom);
      return next;
    });
  return {
    zoom,
    range,
    shift: (step: -1 | 1) => go(zoom, shiftPeriod(zoom, from, step)),
    toToday: () => go(zoom, periodStart(zoom, today)),
    changeZoom: (nextZoom: Zoom) => go(nextZoom, zoomedStart(nextZoom, range, today)),
  };
}

/** The timeline's days and rows for a period, from the API, each studio in its colour. */
export function useCalendarModel(range: Range, today: string) {
  const { t } = useTranslation('booking');
  const { user, isOperator } = useAuth();
  const { calendar, availability } = useDeskCalendar(range);
  const { studios: studioList, loading: studiosLoading } = useStudioNamesState();
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

  // One render of the grid once all it shows is there (each desk's studio in its colour), not three.
  const loading = (calendar.loading && !calendar.data) || (availability.loading && !availability.data) || studiosLoading;
  return {
    days,
    rows,
    legendStudios,
    loading,
    refreshing: calendar.loading || availability.loading,
    /** The calendar could not be read at all (nothing to show). */
    error: calendar.error && !calendar.data ? calendar.error : undefined,
    availabilityError: availability.error,
    retry: () => void calendar.refetch(),
  };
}
