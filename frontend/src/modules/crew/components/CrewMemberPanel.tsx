import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveText } from '../../../lib/download';
import { Alert, Badge, Button, ConfirmDialog, describeError, ErrorMessage, formatDay, formatShortDate, SidePanel, Spinner, StatusPill, useToast } from '../../../ui';
import { exportFileName } from '../crew-format';
import { useExportCrewMemberData, useMemberAssignments, useRemoveCrewMember } from '../hooks/crew';

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
export function CrewMemberPanel({ member, onClose, onEdit }: { member: PanelMember; onClose: () => void; onEdit: () => void }) {
  const { t } = useTranslation('crew');
  const toast = useToast();
  const exportData = useExportCrewMemberData();
  const removing = useRemoveCrewMember();
  const [confirm, setConfirm] = useState<'remove' | 'erase' | null>(null);
  const [exporting, setExporting] = useState(false);

  const download = async () => {
    setExporting(true);
    try {
      saveText(exportFileName(member.fullName), await exportData(member.id), 'application/json');
      toast.success(t('member.exported'));
    } catch (e) {
      toast.error(describeError(e, t));
    } finally {
      setExporting(false);
    }
  };
  const run = async (what: 'remove' | 'erase') => {
    if (!(await removing.run(what, member.id))) return; // shown in the panel
    toast.success(what === 'remove' ? t('member.removed', { name: member.fullName }) : t('member.erased'));
    setConfirm(null);
    onClose();
  };

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
      <MemberAssignments crewMemberId={member.id} />
      <p className="muted crew-panel__note">{t('member.retention')}</p>
      {removing.error && <ErrorMessage error={removing.error} compact />}
      <ConfirmDialog
        open={confirm !== null}
        danger
        busy={removing.loading}
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

/** The person's assignments, live or ended, each live one with its pass. */
function MemberAssignments({ crewMemberId }: { crewMemberId: string }) {
  const { t } = useTranslation('crew');
  const { data, loading, error } = useMemberAssignments(crewMemberId);
  const assignments = data?.assignments ?? [];
  if (loading && !data) return <Spinner />;
  if (error) return <ErrorMessage error={error} compact />;
  if (assignments.length === 0) return <p className="muted">{t('member.noAssignments')}</p>;
  return (
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
  );
}
