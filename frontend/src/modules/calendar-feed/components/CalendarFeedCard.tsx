import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarFeedScope } from '../../../gql/graphql';
import { Alert, Button, Card, ConfirmDialog, ErrorMessage, Field, Icon, Input, Spinner, describeError, formatDateTime, useToast } from '../../../ui';
import { feedUrls, useCalendarFeed, type CalendarFeed } from '../hooks/useCalendarFeed';
import '../calendar-feed.css';

/**
 * The private iCalendar address of a studio (a manager's own, or the one the operator opens)
 * or of the whole site: create it, copy it again at any time, replace it, revoke it.
 */
export function CalendarFeedCard({ scope, studioId }: { scope: CalendarFeedScope; studioId?: string }) {
  const { t } = useTranslation('calendar-feed');
  const toast = useToast();
  const { feed, loading, error, refetch, create, revoke, creating, revoking } = useCalendarFeed(scope, studioId);
  const [confirm, setConfirm] = useState<'renew' | 'revoke' | null>(null);

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      toast.success(done);
    } catch (e) {
      toast.error(describeError(e, t));
    } finally {
      setConfirm(null);
    }
  };

  return (
    <Card title={<span className="cf-title"><Icon name="calendar" size={18} /> {t('title')}</span>} className="cf-card">
      <p className="muted cf-intro">{t(`intro.${scope}`)}</p>
      {error && !feed ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : loading ? (
        <Spinner />
      ) : !feed ? (
        <Button variant="primary" icon="plus" loading={creating} onClick={() => void run(create, t('created'))}>{t('create')}</Button>
      ) : (
        <FeedAddress feed={feed} onRenew={() => setConfirm('renew')} onRevoke={() => setConfirm('revoke')} />
      )}
      <ConfirmDialog open={confirm === 'renew'} title={t('renewTitle')} confirmLabel={t('renewConfirm')} busy={creating} onConfirm={() => void run(create, t('renewed'))} onClose={() => setConfirm(null)}>
        <p>{t('renewBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog open={confirm === 'revoke'} danger title={t('revokeTitle')} confirmLabel={t('revokeConfirm')} busy={revoking} onConfirm={() => void run(() => revoke(feed!.id), t('revoked'))} onClose={() => setConfirm(null)}>
        <p>{t('revokeBody')}</p>
      </ConfirmDialog>
    </Card>
  );
}

function FeedAddress({ feed, onRenew, onRevoke }: { feed: CalendarFeed; onRenew: () => void; onRevoke: () => void }) {
  const { t } = useTranslation('calendar-feed');
  const toast = useToast();
  const urls = feed.path ? feedUrls(feed.path) : null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(urls!.url);
      toast.success(t('copied'));
    } catch {
      toast.error(t('copyFailed'));
    }
  };
  return (
    <div className="cf-feed">
      {urls ? (
        <>
          <Field label={t('urlLabel')} hint={t('private')}>
            <Input readOnly value={urls.url} className="mono cf-url" onFocus={(e) => e.currentTarget.select()} />
          </Field>
          <div className="cf-actions">
            <Button variant="primary" size="sm" icon="clipboard" onClick={() => void copy()}>{t('copy')}</Button>
            <a className="btn btn--secondary btn--sm" href={urls.webcal}>
              <Icon name="calendar" size={15} />
              <span>{t('open')}</span>
            </a>
          </div>
        </>
      ) : (
        <Alert tone="warning">{t('unreadable')}</Alert>
      )}
      <p className="muted cf-meta">{feed.lastFetchedAt ? t('lastFetched', { date: formatDateTime(feed.lastFetchedAt) }) : t('neverFetched')}</p>
      <div className="cf-actions">
        <Button variant="ghost" size="sm" icon="key" onClick={onRenew}>{t('renew')}</Button>
        <Button variant="ghost" size="sm" icon="x" onClick={onRevoke}>{t('revoke')}</Button>
      </div>
    </div>
  );
}
