import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { Button, Card, ConfirmDialog, EmptyState, ErrorMessage, PageHeader, Spinner, StatusPill, Table, type Column, type Tone } from '../../../ui';
import { InviteUserDialog } from '../components/InviteUserDialog';
import { useUsers } from '../hooks/accounts';
import { useUserAdmin, type Account } from '../hooks/useUserAdmin';
import '../users.css';

const TONE: Record<Account['status'], Tone> = { ACTIVE: 'success', INVITED: 'info', DISABLED: 'neutral' };

/** The operator's account management: invite a manager, disable or enable, send a reset link. */
export function UsersPage() {
  const { t } = useTranslation('users');
  const { user: me } = useAuth();
  const { data, loading, error, refetch } = useUsers();
  const admin = useUserAdmin();
  const [inviting, setInviting] = useState(false);
  const [toDisable, setToDisable] = useState<Account | null>(null);

  const actions = (a: Account) => {
    if (a.id === me?.id) return <span className="muted">{t('users.you')}</span>;
    return (
      <div className="users-actions">
        {a.status !== 'DISABLED' && (
          <Button size="sm" variant="ghost" disabled={admin.busy} onClick={() => void admin.sendReset(a)}>
            {a.status === 'INVITED' ? t('users.resendInvitation') : t('users.sendReset')}
          </Button>
        )}
        {a.status === 'DISABLED' ? (
          <Button size="sm" variant="secondary" disabled={admin.busy} onClick={() => void admin.enable(a)}>{t('users.enable')}</Button>
        ) : (
          <Button size="sm" variant="secondary" disabled={admin.busy} onClick={() => setToDisable(a)}>{t('users.disable')}</Button>
        )}
      </div>
    );
  };

  const columns: Array<Column<Account>> = [
    { key: 'name', header: t('users.columns.name'), render: (a) => a.fullName },
    { key: 'email', header: t('users.columns.email'), render: (a) => a.email },
    { key: 'role', header: t('users.columns.role'), render: (a) => t(`app:roles.${a.role}`), nowrap: true },
    { key: 'studio', header: t('users.columns.studio'), render: (a) => a.studio?.name ?? t('app:common.none') },
    { key: 'status', header: t('users.columns.status'), render: (a) => <StatusPill tone={TONE[a.status]}>{t(`users.status.${a.status}`)}</StatusPill>, nowrap: true },
    { key: 'actions', header: <span className="sr-only">{t('users.columns.actions')}</span>, render: actions, align: 'right' },
  ];

  return (
    <div className="users-page">
      <PageHeader title={t('users.title')} subtitle={t('users.subtitle')} actions={<Button variant="primary" icon="plus" onClick={() => setInviting(true)}>{t('users.invite')}</Button>} />
      <Card padded={false}>
        {error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : loading && !data ? <Spinner /> : (
          <Table columns={columns} rows={data?.users ?? []} rowKey={(a) => a.id} caption={t('users.title')} empty={<EmptyState icon="users" title={t('users.empty')} />} />
        )}
      </Card>
      {inviting && <InviteUserDialog onClose={() => setInviting(false)} />}
      {toDisable && (
        <ConfirmDialog
          open
          title={t('users.disableTitle', { name: toDisable.fullName })}
          confirmLabel={t('users.disable')}
          danger
          busy={admin.busy}
          onClose={() => setToDisable(null)}
          onConfirm={() => void admin.disable(toDisable).then(() => setToDisable(null))}
        >
          {t('users.disableBody')}
        </ConfirmDialog>
      )}
    </div>
  );
}
