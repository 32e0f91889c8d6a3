import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MovesNeededQuery } from '../../../gql/graphql';
import { Badge, Button, Card, ConfirmDialog, ErrorMessage, Table, formatDay, formatShortDate, useToast, type Column } from '../../../ui';
import { useMoveBookingDesk, useMovesNeeded } from '../hooks/maintenance';
import { SwapKitDialog } from './SwapKitDialog';

type Need = MovesNeededQuery['movesNeeded'][number];

/**
 * Bookings and crew on out-of-service desks, each with one action: move to the suggested
 * free desk (or install a spare kit on the desk instead). Hidden when nothing needs moving.
 */
export function MovesNeededCard() {
  const { t } = useTranslation('kits');
  const toast = useToast();
  const { data, error } = useMovesNeeded();
  const moving = useMoveBookingDesk();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [swapDesk, setSwapDesk] = useState<{ id: string; code: string } | null>(null);
  // Moving a production off its desk is asked first: it changes where the crew sits from today.
  const [asked, setAsked] = useState<Need | null>(null);
  const needs = data?.movesNeeded ?? [];
  if (error) return <ErrorMessage error={error} compact />;
  if (!needs.length) return null;

  const moveTo = async (need: Need) => {
    if (!need.suggestedDesk) return;
    setBusyId(need.id);
    const moved = await moving.move(need.bookingId, need.desk.id, need.suggestedDesk.id);
    setBusyId(null);
    setAsked(null);
    if (!moved) return; // shown below
    const crew = moved.crewMoved ? ` ${t('moves.movedCrew', { count: moved.crewMoved })}` : '';
    toast.success(t('moves.moved', { ref: moved.bookingReference, from: moved.fromDesk.code, to: moved.toDesk.code, date: formatShortDate(moved.from) }) + crew);
  };

  const columns = moveColumns(t, { busyId, moving: moving.loading, onMove: setAsked, onSwap: setSwapDesk });
  return (
    <Card
      aria-label={t('moves.title')}
      className="moves-card"
      title={<span className="moves-card__title">{t('moves.title')} <Badge tone="danger">{needs.length}</Badge></span>}
      actions={<span className="muted">{t('moves.subtitle')}</span>}
      padded={false}
    >
      <Table
        dense
        caption={t('moves.title')}
        rows={needs}
        rowKey={(n) => n.id}
        columns={columns}
      />
      {moving.error && (
        <div className="moves-card__error">
          <ErrorMessage error={moving.error} messages={moving.messages} compact />
        </div>
      )}
      {asked?.suggestedDesk && (
        <ConfirmDialog
          open
          busy={moving.loading}
          title={t('moves.confirmTitle', { ref: asked.bookingReference, from: asked.desk.code, to: asked.suggestedDesk.code })}
          confirmLabel={t('moves.confirm', { code: asked.suggestedDesk.code })}
          onClose={() => setAsked(null)}
          onConfirm={() => void moveTo(asked)}
        >
          <p>{t('moves.confirmBody', { first: formatDay(asked.from), last: formatDay(asked.to), production: asked.productionName, studio: asked.studio.name, from: asked.desk.code, to: asked.suggestedDesk.code })}</p>
          <p>{asked.crew.length ? t('moves.confirmCrew', { names: asked.crew.map((c) => c.fullName).join(', ') }) : t('moves.confirmNoCrew')}</p>
        </ConfirmDialog>
      )}
      {swapDesk && <SwapKitDialog desk={swapDesk} onClose={() => setSwapDesk(null)} />}
    </Card>
  );
}

/** The table's columns: desk and kit, booking, days, crew, and the move (or swap) buttons. */
function moveColumns(t: TFunction, { busyId, moving, onMove, onSwap }: { busyId: string | null; moving: boolean; onMove: (n: Need) => void; onSwap: (desk: Need['desk']) => void }): Array<Column<Need>> {
  return [
    { key: 'desk', header: t('moves.desk'), nowrap: true, render: (n) => <><strong>{n.desk.code}</strong>{n.kit && <span className="muted mono"> · {n.kit.assetTag}</span>}</> },
    {
      key: 'booking',
      header: t('moves.booking'),
      render: (n) => (
        <div>
          <span className="mono">{n.bookingReference}</span>
          {n.bookingStatus === 'OPTION' && <> <Badge tone="info">{t('moves.option')}</Badge></>}
          <div className="muted">{n.studio.name} · {n.productionName}</div>
        </div>
      ),
    },
    { key: 'days', header: t('moves.days'), nowrap: true, render: (n) => t('moves.range', { from: formatShortDate(n.from), to: formatShortDate(n.to) }) },
    { key: 'crew', header: t('moves.crew'), render: (n) => (n.crew.length ? n.crew.map((c) => c.fullName).join(', ') : <span className="muted">{t('moves.noCrew')}</span>) },
    {
      key: 'action',
      header: <span className="sr-only">{t('moves.to')}</span>,
      align: 'right',
      nowrap: true,
      render: (n) => (
        <div className="moves-card__actions">
          {n.suggestedDesk ? (
            <Button size="sm" variant="primary" icon="chevronRight" loading={busyId === n.id} disabled={moving} onClick={() => onMove(n)}>
              {t('moves.move', { code: n.suggestedDesk.code })}
            </Button>
          ) : (
            <span className="muted">{t('moves.noFreeDesk')}</span>
          )}
          <Button size="sm" variant="ghost" icon="recycle" onClick={() => onSwap(n.desk)}>{t('moves.orSwap')}</Button>
        </div>
      ),
    },
  ];
}
