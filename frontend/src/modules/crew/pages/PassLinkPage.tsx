import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert, Button, Spinner } from '../../../ui';
import { errorInfo } from '../../../ui/errors';
import { PassCard } from '../components/PassCard';
import { usePassLink } from '../hooks/crew';
import '../crew.css';

/**
 * The crew member's pass, opened from the link in their e-mail (no account): the QR code to
 * show at the kiosk, and printable, while the pass is valid. Revoked or expired: it says so,
 * and shows no code.
 */
export function PassLinkPage() {
  const { t } = useTranslation('crew');
  const { token = '' } = useParams();
  const { data, loading, error } = usePassLink(token);

  if (loading && !data) return <div className="pass-link"><Spinner /></div>;
  if (error || !data) {
    const info = errorInfo(error);
    const reason = info.extensions.reason;
    const key = reason === 'REVOKED' ? 'revoked' : reason === 'EXPIRED' ? 'expired' : info.code === 'NOT_FOUND' ? 'unknown' : 'unavailable';
    return (
      <main className="pass-link">
        <Alert tone="warning">
          <strong>{t(`passLink.${key}.title`)}</strong>
          <br />
          {t(`passLink.${key}.body`)}
        </Alert>
      </main>
    );
  }
  const p = data.passLink;
  return (
    <main className="pass-link pass-page">
      <PassCard pass={p} code={p.code} qrSize={260} />
      <div className="pass-link__actions no-print">
        <Button variant="primary" icon="file" onClick={() => window.print()}>{t('pass.print')}</Button>
      </div>
    </main>
  );
}
