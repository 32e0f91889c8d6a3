import { useTranslation } from 'react-i18next';
import { formatLongDay } from '../../../ui';
import { QrCode } from './QrCode';

/** What a printed pass shows (from the manager's assignment or the crew member's link). */
export interface PassView {
  fullName: string;
  jobTitle?: string | null;
  deskCode: string;
  deskZone: string;
  startDate: string;
  endDate: string;
  studioName: string;
  productionName: string;
}

/** The pass as printed: the person, desk, dates, studio, production, and the QR code when known. */
export function PassCard({ pass: p, code, qrSize = 196 }: { pass: PassView; code: string | null; qrSize?: number }) {
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
          <div className="pass-card__name">{p.fullName}</div>
          {p.jobTitle && <div className="pass-card__job">{p.jobTitle}</div>}
          <dl className="pass-card__facts">
            <dt>{t('pass.desk')}</dt>
            <dd><span className="pass-card__desk">{p.deskCode}</span> <span className="muted">{t('pass.zone', { zone: p.deskZone })}</span></dd>
            <dt>{t('pass.dates')}</dt>
            <dd>{formatLongDay(p.startDate)} → {formatLongDay(p.endDate)}</dd>
            <dt>{t('pass.studio')}</dt>
            <dd>{p.studioName}</dd>
            <dt>{t('pass.production')}</dt>
            <dd>{p.productionName}</dd>
          </dl>
        </div>
        <div className="pass-card__qr">
          {code ? (
            <>
              <QrCode value={code} size={qrSize} alt={t('pass.qrAlt', { name: p.fullName })} />
              <div className="pass-card__code-label">{t('pass.code')}</div>
              <div className="pass-card__code mono" data-testid="pass-code">{code}</div>
            </>
          ) : (
            <div className="pass-card__no-code" aria-hidden="true">•••••-•••••<br />•••••-•••••</div>
          )}
        </div>
      </div>
      <footer className="pass-card__footer">
        <p>{t('pass.validity', { from: formatLongDay(p.startDate), to: formatLongDay(p.endDate) })}</p>
        <p>{t('pass.howTo')}</p>
        <p className="muted">{t('pass.address')}</p>
      </footer>
    </article>
  );
}
