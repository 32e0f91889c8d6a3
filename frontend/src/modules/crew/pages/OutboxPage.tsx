import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Card, EmptyState, ErrorMessage, formatDateTime, PageHeader, SidePanel, Spinner, StatusPill, Table, type Column, type Tone } from '../../../ui';
import type { OutboxQuery as Result } from '../../../gql/graphql';
import { QrCode } from '../components/QrCode';
import { useOutbox } from '../hooks/crew';
import '../crew.css';

type Message = Result['outbox'][number];
const TONE: Record<string, Tone> = { HELD: 'warning', PENDING: 'info', SENT: 'success', FAILED: 'danger' };

/** The operator reads the e-mails the application sent, or holds when no SMTP server is set. */
export function OutboxPage() {
  const { t } = useTranslation('crew');
  const { data, loading, error, refetch } = useOutbox(200);
  const [openId, setOpenId] = useState<string | null>(null);
  const messages = data?.outbox ?? [];
  const open = messages.find((m) => m.id === openId);
  const columns: Array<Column<Message>> = [
    { key: 'date', header: t('outbox.columns.date'), render: (m) => formatDateTime(m.createdAt), nowrap: true },
    { key: 'to', header: t('outbox.columns.to'), render: (m) => m.to ?? <span className="muted">{t('outbox.erased')}</span> },
    { key: 'subject', header: t('outbox.columns.subject'), render: (m) => m.subject },
    { key: 'status', header: t('outbox.columns.status'), render: (m) => <StatusPill tone={TONE[m.status]}>{t(`outbox.status.${m.status}`)}</StatusPill>, nowrap: true },
  ];
  return (
    <div className="crew-page">
      <PageHeader title={t('outbox.title')} subtitle={t('outbox.subtitle')} />
      {messages.some((m) => m.status === 'HELD') && <Alert tone="info">{t('outbox.held')}</Alert>}
      <div className={['split', open && 'split--open'].filter(Boolean).join(' ')}>
      <Card padded={false}>
        {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : loading && !data ? <Spinner /> : (
          <Table columns={columns} rows={messages} rowKey={(m) => m.id} onRowClick={(m) => setOpenId(m.id)} caption={t('outbox.title')} empty={<EmptyState icon="mail" title={t('outbox.empty')} />} />
        )}
      </Card>
      {open && (
        <SidePanel title={open.subject} subtitle={open.to ?? t('outbox.erased')} onClose={() => setOpenId(null)}>
          <StatusPill tone={TONE[open.status]}>{t(`outbox.status.${open.status}`)}</StatusPill>
          {open.lastError && <Alert tone="danger">{t('outbox.error', { error: open.lastError })}</Alert>}
          <pre className="outbox__text">{open.text}</pre>
          {open.secret && open.kind === 'ACCESS_PASS' ? (
            <div className="outbox__qr">
              <QrCode value={open.secret} size={160} alt={t('outbox.qr')} />
            </div>
          ) : open.kind === 'ACCESS_PASS' ? (
            <p className="muted">{t('outbox.codeGone')}</p>
          ) : null}
        </SidePanel>
      )}
      </div>
    </div>
  );
}
