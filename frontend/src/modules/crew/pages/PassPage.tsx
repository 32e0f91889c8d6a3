import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { PassQuery } from '../../../gql/graphql';
import { Alert, Button, ConfirmDialog, ErrorMessage, formatLongDay, Spinner, useToast } from '../../../ui';
import { QrCode } from '../components/QrCode';
import { usePass, usePassActions } from '../hooks/crew';
import '../crew.css';

/**
 * The printable pass: name, studio, desk, dates, QR code. The code is known only right after
 * it was created (it comes in router state, kept in memory) or reissued here.
 */
export function PassPage() {
  const { t } = useTranslation('crew');
  const toast = useToast();
  const { id = '' } = useParams();
  const location = useLocation();
  const [code, setCode] = useState<string | null>((location.state as { code?: string } | null)?.code ?? null);
  const [confirm, setConfirm] = useState<'reissue' | 'revoke' | null>(null);
  const { data, loading, error, refetch } = usePass(id);
  const actions = usePassActions();

  if (error && !data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner />;
  const a = data!.assignment;
  const pass = a.accessPass;
  const usable = a.live && pass && !pass.revoked;

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

      <PassCard assignment={a} code={code && usable ? code : null} />

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

type Assignment = PassQuery['assignment'];

/** The pass as printed: the person, desk, dates, studio, production, and the QR code when known. */
function PassCard({ assignment: a, code }: { assignment: Assignment; code: string | null }) {
  const { t } = useTranslation('crew');
  return (
    <article className="pass-card" aria-label={t('pass.title')}>
      <header className="pass-card__header">
        <span className="logo" aria-hidden="true">F</span>
        <div>
          <div className="pass-card__eyebrow">{t('pass.eyebrow')}</div>
          <h1 className="pass-card__title">{t('pass.title')}</h1>
        </div>
      </header>
      <div className="pass-card__body">
        <div className="pass-card__who">
          <div className="pass-card__name">{a.crewMember.fullName}</div>
          {a.crewMember.jobTitle && <div className="pass-card__job">{a.crewMember.jobTitle}</div>}
          <dl className="pass-card__facts">
            <dt>{t('pass.desk')}</dt>
            <dd><span className="pass-card__desk">{a.desk.code}</span> <span className="muted">{t('pass.zone', { zone: a.desk.zone })}</span></dd>
            <dt>{t('pass.dates')}</dt>
            <dd>{formatLongDay(a.startDate)} → {formatLongDay(a.endDate)}</dd>
            <dt>{t('pass.studio')}</dt>
            <dd>{a.studio.name}</dd>
            <dt>{t('pass.production')}</dt>
            <dd>{a.productionName}</dd>
          </dl>
        </div>
        <div className="pass-card__qr">
          {code ? (
            <>
              <QrCode value={code} size={196} alt={t('pass.qrAlt', { name: a.crewMember.fullName })} />
              <div className="pass-card__code-label">{t('pass.code')}</div>
              <div className="pass-card__code mono" data-testid="pass-code">{code}</div>
            </>
          ) : (
            <div className="pass-card__no-code" aria-hidden="true">•••••-•••••<br />•••••-•••••</div>
          )}
        </div>
      </div>
      <footer className="pass-card__footer">
        <p>{t('pass.validity', { from: formatLongDay(a.startDate), to: formatLongDay(a.endDate) })}</p>
        <p>{t('pass.howTo')}</p>
        <p className="muted">{t('pass.address')}</p>
      </footer>
    </article>
  );
}
