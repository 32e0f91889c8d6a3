import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button, Card, ConfirmDialog, EmptyState, ErrorMessage, formatDay, Icon, IconButton, PageHeader, Spinner, Table, todayInParis, useToast, type Column } from '../../../ui';
import { AssignDialog, type DeskSlot } from '../components/AssignDialog';
import { useStaffableBookings, useUnassignCrew } from '../hooks/crew';
import type { StaffableBookingsQuery as Result } from '../../../gql/graphql';
import '../crew.css';

type Booking = Result['staffableBookings'][number];
type Assignment = Booking['assignments'][number];

/** The assign-to-desk flow: each confirmed booking, its desks, who is on them, and "Assign". */
export function AssignmentsPage() {
  const { t } = useTranslation('crew');
  const [params] = useSearchParams();
  const bookingId = params.get('booking') ?? undefined;
  const { data, loading, error, refetch } = useStaffableBookings(bookingId);
  const [slot, setSlot] = useState<DeskSlot | null>(null);
  const [removing, setRemoving] = useState<Assignment | null>(null);
  const toast = useToast();
  const unassigning = useUnassignCrew();

  const bookings = data?.staffableBookings ?? [];
  return (
    <div className="crew-page">
      <PageHeader title={t('assignments.title')} subtitle={t('assignments.subtitle')} />
      {error && !data ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Spinner />
      ) : bookings.length === 0 ? (
        <EmptyState icon="calendar" title={t('assignments.empty')}>{t('assignments.emptyHint')}</EmptyState>
      ) : (
        <div className="assign-list">
          {bookings.map((b) => (
            <BookingCard key={b.id} booking={b} onAssign={setSlot} onUnassign={setRemoving} />
          ))}
        </div>
      )}
      {slot && <AssignDialog slot={slot} onClose={() => setSlot(null)} />}
      <ConfirmDialog
        open={removing !== null}
        danger
        busy={unassigning.loading}
        title={removing ? t('assignments.unassignTitle', { name: removing.crewMember.fullName, desk: removing.desk.code }) : ''}
        confirmLabel={t('assignments.unassign')}
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!(await unassigning.unassign(removing!.id))) return;
          toast.success(t('assignments.unassigned', { name: removing!.crewMember.fullName }));
          setRemoving(null);
        }}
      >
        {t('assignments.unassignBody')}
        {unassigning.error && <ErrorMessage error={unassigning.error} compact />}
      </ConfirmDialog>
    </div>
  );
}

function BookingCard({ booking, onAssign, onUnassign }: { booking: Booking; onAssign: (slot: DeskSlot) => void; onUnassign: (a: Assignment) => void }) {
  const { t } = useTranslation('crew');
  const today = todayInParis();
  const staffed = new Set(booking.assignments.filter((a) => a.endDate >= today).map((a) => a.desk.id)).size;
  const columns: Array<Column<Booking['desks'][number]>> = [
    { key: 'desk', header: t('assignments.columns.desk'), render: (d) => <strong className="mono">{d.desk.code}</strong>, width: '90px' },
    { key: 'booked', header: t('assignments.columns.booked'), render: (d) => t('assignments.range', { from: formatDay(d.startDate), to: formatDay(d.endDate) }), nowrap: true },
    {
      key: 'people',
      header: t('assignments.columns.people'),
      render: (d) => (
        <ul className="assign-people">
          {booking.assignments.filter((a) => a.desk.id === d.desk.id).map((a) => (
            <li key={a.id} className={['assign-person', a.endDate < today && 'assign-person--past'].filter(Boolean).join(' ')}>
              <span className="assign-person__name">{a.crewMember.fullName}</span>
              <span className="muted">{t('assignments.range', { from: formatDay(a.startDate), to: formatDay(a.endDate) })}</span>
              {a.endDate >= today && (
                <>
                  <Link className="btn btn--ghost btn--sm" to={`/assignments/${a.id}/pass`} aria-label={`${t('member.openPass')} ${a.crewMember.fullName}`}>
                    <Icon name="qr" size={15} /> {t('member.openPass')}
                  </Link>
                  <IconButton icon="x" size="sm" label={`${t('assignments.unassign')} : ${a.crewMember.fullName}`} onClick={() => onUnassign(a)} />
                </>
              )}
            </li>
          ))}
        </ul>
      ),
    },
    {
      key: 'action',
      header: '',
      align: 'right',
      render: (d) =>
        d.endDate >= today ? (
          <Button
            size="sm"
            icon="plus"
            aria-label={`${t('assignments.assign')} ${d.desk.code}`}
            onClick={() => onAssign({ bookingId: booking.id, studioId: booking.studio.id, productionName: booking.productionName, deskId: d.desk.id, deskCode: d.desk.code, startDate: d.startDate, endDate: d.endDate })}
          >
            {t('assignments.assign')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Card
      title={booking.productionName}
      actions={<span className="muted">{booking.studio.name} · {t('assignments.staffed', { staffed, total: booking.desks.length })}</span>}
      padded={false}
    >
      <p className="assign-booking__meta muted">
        {t('assignments.booking', { reference: booking.reference, from: formatDay(booking.startDate), to: formatDay(booking.endDate) })} · {t('assignments.desks', { count: booking.desks.length })}
      </p>
      <Table columns={columns} rows={booking.desks} rowKey={(d) => d.desk.id} dense caption={booking.productionName} />
    </Card>
  );
}
