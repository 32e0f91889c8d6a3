import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert, Dialog, Field, fieldErrors, FormDialogFooter, formatDay, Input, Select, todayInParis, useSubmitHint, useToast } from '../../../ui';
import { useAssignCrew, useCrewMembers } from '../hooks/crew';

export interface DeskSlot {
  bookingId: string;
  studioId: string;
  productionName: string;
  deskId: string;
  deskCode: string;
  startDate: string;
  endDate: string;
}

/** Puts a crew member on one desk of a booking; on success opens the new pass (its code shown once). */
export function AssignDialog({ slot, onClose }: { slot: DeskSlot; onClose: () => void }) {
  const { t } = useTranslation('crew');
  const toast = useToast();
  const navigate = useNavigate();
  const today = todayInParis();
  const crew = useCrewMembers(slot.studioId);
  const [crewMemberId, setCrewMemberId] = useState('');
  const [startDate, setStartDate] = useState(slot.startDate < today && slot.endDate >= today ? today : slot.startDate);
  const [endDate, setEndDate] = useState(slot.endDate);
  const assigning = useAssignCrew();
  const fields = fieldErrors(assigning.error);
  const people = crew ?? [];
  const hint = useSubmitHint([[!crewMemberId, t('assignments.person')]]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const created = await assigning.assign({ bookingId: slot.bookingId, crewMemberId, deskId: slot.deskId, startDate, endDate });
    if (!created) return; // shown in the form
    const name = people.find((p) => p.id === crewMemberId)?.fullName ?? '';
    toast.success(t('assignments.created', { name }));
    onClose();
    // The code travels in memory only (router state), never in the address bar.
    navigate(`/assignments/${created.id}/pass`, { state: { code: created.accessPass?.code } });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('assignments.assignTitle', { desk: slot.deskCode })}
      description={t('assignments.assignDescription', { production: slot.productionName, from: formatDay(slot.startDate), to: formatDay(slot.endDate) })}
      footer={<FormDialogFooter form="assign-form" cancelVariant="ghost" onCancel={onClose} icon="key" loading={assigning.loading} hint={hint} submitLabel={t('assignments.submit')} />}
    >
      <form id="assign-form" className="form-grid" onSubmit={submit} noValidate>
        {crew && people.length === 0 ? (
          <Alert tone="warning">{t('assignments.noCrew')}</Alert>
        ) : (
          <Field label={t('assignments.person')} required error={fields.crewMemberId}>
            <Select value={crewMemberId} onChange={(e) => setCrewMemberId(e.target.value)} autoFocus>
              <option value="">{t('assignments.choosePerson')}</option>
              {people.map((p) => <option key={p.id} value={p.id}>{p.jobTitle ? `${p.fullName} — ${p.jobTitle}` : p.fullName}</option>)}
            </Select>
          </Field>
        )}
        <div className="form-row">
          <Field label={t('assignments.from')} required error={fields.startDate}>
            <Input type="date" value={startDate} min={slot.startDate} max={slot.endDate} onChange={(e) => setStartDate(e.target.value)} />
          </Field>
          <Field label={t('assignments.to')} required error={fields.endDate}>
            <Input type="date" value={endDate} min={startDate} max={slot.endDate} onChange={(e) => setEndDate(e.target.value)} />
          </Field>
        </div>
        {assigning.message && <Alert tone="danger">{assigning.message}</Alert>}
      </form>
    </Dialog>
  );
}
