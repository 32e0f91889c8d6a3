import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Badge, Button, ConfirmDialog, describeError, ErrorMessage, formatDay, formatShortDate, SidePanel, Spinner, StatusPill, useToast } from '../../../ui';
import { EraseCrewMemberMutation, ExportCrewMemberDataQuery, MemberAssignmentsQuery, RemoveCrewMemberMutation } from '../graphql/crew';

export interface PanelMember {
  id: string;
  fullName: string;
  email: string | null;
  jobTitle: string | null;
  anonymised: boolean;
  anonymisedAt: string | null;
  createdAt: string;
  studio: { id: string; name: string };
}

/** One crew member: details, assignments with their passes, and the GDPR actions. */
export function CrewMemberPanel({ member, onClose, onEdit, onChanged }: { member: PanelMember; onClose: () => void; onEdit: () => void; onChanged: () => void }) {
  const { t } = useTranslation('crew');
  const toast = useToast();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(MemberAssignmentsQuery, { variables: { crewMemberId: member.id } });
  const [confirm, setConfirm] = useState<'remove' | 'erase' | null>(null);
  const [remove, removing] = useMutation(RemoveCrewMemberMutation);
  const [erase, erasing] = useMutation(EraseCrewMemberMutation);
  const [exporting, setExporting] = useState(false);

  const download = async () => {
    setExporting(true);
    try {
      const res = await client.query({ query: ExportCrewMemberDataQuery, variables: { id: member.id }, fetchPolicy: 'network-only' });
      const blob = new Blob([res.data!.exportCrewMemberData], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `donnees-${member.fullName.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-')}.json`;
      a.click();
      URL.revokeObjectURL(url);
      toast.success(t('member.exported'));
    } catch (e) {
      toast.error(describeError(e, t));
    } finally {
      setExporting(false);
    }
  };

  const run = async (what: 'remove' | 'erase') => {
    await (what === 'remove' ? remove : erase)({ variables: { id: member.id } });
    toast.success(what === 'remove' ? t('member.removed', { name: member.fullName }) : t('member.erased'));
    setConfirm(null);
    onChanged();
    onClose();
  };

  const assignments = data?.assignments ?? [];
  return (
    <SidePanel
      title={member.fullName}
      subtitle={[member.jobTitle, member.studio.name].filter(Boolean).join(' · ')}
      onClose={onClose}
      footer={
        member.anonymised ? undefined : (
          <div className="crew-panel__actions">
            <Button icon="settings" onClick={onEdit}>{t('member.edit')}</Button>
            <Button icon="download" onClick={download} loading={exporting}>{t('member.export')}</Button>
            <Button variant="danger" onClick={() => setConfirm('remove')}>{t('member.remove')}</Button>
            <Button variant="ghost" onClick={() => setConfirm('erase')}>{t('member.erase')}</Button>
          </div>
        )
      }
    >
      {member.anonymised ? (
        <Alert tone="info">{t('member.anonymisedNote', { date: formatShortDate(member.anonymisedAt ?? member.createdAt) })}</Alert>
      ) : (
        <dl className="facts">
          <dt>{t('member.email')}</dt>
          <dd>{member.email}</dd>
          <dt>{t('directory.columns.since')}</dt>
          <dd>{formatShortDate(member.createdAt)}</dd>
        </dl>
      )}
      <h3 className="crew-panel__heading">{t('member.assignments')}</h3>
      {loading && !data ? <Spinner /> : error ? <ErrorMessage error={error} compact /> : assignments.length === 0 ? (
        <p className="muted">{t('member.noAssignments')}</p>
      ) : (
        <ul className="crew-panel__list">
          {assignments.map((a) => (
            <li key={a.id} className="crew-panel__item">
              <div>
                <strong>{t('pass.desk')} {a.desk.code}</strong> · {t('assignments.range', { from: formatDay(a.startDate), to: formatDay(a.endDate) })}
                <div className="muted">{a.productionName} · {a.bookingReference}</div>
              </div>
              <div className="crew-panel__item-side">
                {a.live ? <StatusPill tone="success">{t('assignments.active')}</StatusPill> : <Badge>{t(`assignments.endReason.${a.endReason}`, { defaultValue: t('assignments.ended') })}</Badge>}
                {a.live && <Link className="btn btn--ghost btn--sm" to={`/assignments/${a.id}/pass`}>{t('member.openPass')}</Link>}
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="muted crew-panel__note">{t('member.retention')}</p>
      <ConfirmDialog
        open={confirm !== null}
        danger
        busy={removing.loading || erasing.loading}
        title={confirm === 'erase' ? t('member.eraseTitle', { name: member.fullName }) : t('member.removeTitle', { name: member.fullName })}
        confirmLabel={confirm === 'erase' ? t('member.erase') : t('member.remove')}
        onConfirm={() => void run(confirm!)}
        onClose={() => setConfirm(null)}
      >
        {confirm === 'erase' ? t('member.eraseBody') : t('member.removeBody')}
      </ConfirmDialog>
    </SidePanel>
  );
}
