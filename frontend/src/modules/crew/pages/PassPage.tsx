import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Alert, Button, ConfirmDialog, ErrorMessage, Spinner, useToast } from '../../../ui';
import { PassCard } from '../components/PassCard';
import { usePass, usePassActions } from '../hooks/crew';
import '../crew.css';

/**
 * The printable pass: name, studio, desk, dates, QR code. The server shows the studio's manager
 * (and the operator) the code while the pass is valid; right after creating or reissuing it, the
 * code also comes with the answer.
 */
export function PassPage() {
  const { t } = useTranslation('crew');
  const toast = useToast();
  const { id = '' } = useParams();
  const location = useLocation();
  const [fresh, setCode] = useState<string | null>((location.state as { code?: string } | null)?.code ?? null);
  const [confirm, setConfirm] = useState<'reissue' | 'revoke' | null>(null);
  const { data, loading, error, refetch } = usePass(id);
  const actions = usePassActions();

  if (error && !data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner />;
  const a = data!.assignment;
  const pass = a.accessPass;
  const usable = a.live && pass && !pass.revoked;
  const code = fresh ?? pass?.code ?? null;

  const doReissue = async () => {
    const reissued = await actions.reissue(a.id);
    setConfirm(null);
    if (!reissued) return; // shown above the pass
    setCode(reissued.code ?? null);
    toast.success(t('pass.reissued'));
  };
  const doRevoke = async () => {
    const revoked = await actions.revoke(code!);
    setConfirm(null);
    if (!revoked) return;
    toast.success(t('pass.revokedToast'));
    setCode(null);
    void refetch();
  };

  return (
    <div className="pass-page">
      <div className="pass-page__toolbar no-print">
        <Link className="btn btn--ghost btn--md" to="/assignments">← {t('pass.back')}</Link>
        <div className="pass-page__actions">
          {usable && code && <Button onClick={() => setConfirm('revoke')}>{t('pass.revoke')}</Button>}
          {a.live && <Button icon="key" onClick={() => setConfirm('reissue')}>{t('pass.reissue')}</Button>}
          <Button variant="primary" icon="file" onClick={() => window.print()}>{t('pass.print')}</Button>
        </div>
      </div>
      {!a.live ? (
        <div className="no-print"><Alert tone="warning">{t('pass.ended')}</Alert></div>
      ) : pass?.revoked ? (
        <div className="no-print"><Alert tone="warning">{t('pass.revoked', { reason: t(`pass.revokeReason.${pass.revokeReason}`) })}</Alert></div>
      ) : !code ? (
        <div className="no-print"><Alert tone="info">{t('pass.codeHidden')}</Alert></div>
      ) : null}
      {actions.error && <div className="no-print"><ErrorMessage error={actions.error} compact /></div>}

      <PassCard
        pass={{ fullName: a.crewMember.fullName, jobTitle: a.crewMember.jobTitle, deskCode: a.desk.code, deskZone: a.desk.zone, startDate: a.startDate, endDate: a.endDate, studioName: a.studio.name, productionName: a.productionName }}
        code={code && usable ? code : null}
      />

      <ConfirmDialog
        open={confirm !== null}
        danger={confirm === 'revoke'}
        busy={actions.loading}
        title={confirm === 'revoke' ? t('pass.revokeTitle') : t('pass.reissueTitle')}
        confirmLabel={confirm === 'revoke' ? t('pass.revoke') : t('pass.reissue')}
        onClose={() => setConfirm(null)}
        onConfirm={() => void (confirm === 'revoke' ? doRevoke() : doReissue())}
      >
        {confirm === 'revoke' ? t('pass.revokeBody') : t('pass.reissueBody')}
      </ConfirmDialog>
    </div>
  );
}
