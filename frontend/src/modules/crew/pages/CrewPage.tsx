import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrewDirectoryQuery } from '../../../gql/graphql';
import { useAuth } from '../../../app/auth';
import { Badge, Button, Card, Checkbox, EmptyState, ErrorMessage, Field, formatShortDate, PageHeader, Select, Spinner, Table, type Column } from '../../../ui';
import { CrewMemberDialog, type EditableMember } from '../components/CrewMemberDialog';
import { CrewMemberPanel, type PanelMember } from '../components/CrewMemberPanel';
import { crewStudios } from '../crew-format';
import { useCrewDirectory } from '../hooks/crew';
import '../crew.css';

type Member = CrewDirectoryQuery['crewMembers'][number];

/** The crew directory: a manager's own studio, or every studio for the operator. */
export function CrewPage() {
  const { t } = useTranslation('crew');
  const { user, isOperator } = useAuth();
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const [studioFilter, setStudioFilter] = useState('');
  const { data, loading, error, refetch } = useCrewDirectory(includeRemoved);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<EditableMember | 'new' | null>(null);

  const members = data?.crewMembers ?? [];
  const studios = useMemo(() => crewStudios(members, user?.studio), [members, user]);
  const shown = studioFilter ? members.filter((m) => m.studio.id === studioFilter) : members;
  const selected = members.find((m) => m.id === selectedId) as PanelMember | undefined;
  const columns = useDirectoryColumns();

  return (
    <div className="crew-page">
      <PageHeader
        title={t('directory.title')}
        subtitle={isOperator ? t('directory.subtitleOperator') : t('directory.subtitle')}
        actions={(!isOperator || studios.length > 0) && <Button variant="primary" icon="plus" onClick={() => setEditing('new')}>{t('directory.add')}</Button>}
      />
      <div className={['split', selected && 'split--open'].filter(Boolean).join(' ')}>
        <Card padded={false}>
          <div className="crew-toolbar">
            {isOperator && (
              <Field label={t('directory.studioFilter')}>
                <Select value={studioFilter} onChange={(e) => setStudioFilter(e.target.value)}>
                  <option value="">{t('directory.allStudios')}</option>
                  {studios.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                </Select>
              </Field>
            )}
            <Checkbox label={t('directory.showRemoved')} checked={includeRemoved} onChange={(e) => setIncludeRemoved(e.target.checked)} />
            <span className="muted crew-toolbar__count">{t('directory.count', { count: shown.length })}</span>
          </div>
          {error && !data ? (
            <ErrorMessage error={error} onRetry={() => void refetch()} />
          ) : loading && !data ? (
            <Spinner />
          ) : (
            <Table
              columns={columns}
              rows={shown}
              rowKey={(m) => m.id}
              onRowClick={(m) => setSelectedId(m.id)}
              caption={t('directory.title')}
              empty={<EmptyState icon="users" title={t('directory.empty')}>{t('directory.emptyHint')}</EmptyState>}
            />
          )}
        </Card>
        {selected && <CrewMemberPanel key={selected.id} member={selected} onClose={() => setSelectedId(null)} onEdit={() => setEditing(selected)} />}
      </div>
      {editing && (
        <CrewMemberDialog
          member={editing === 'new' ? undefined : editing}
          studios={isOperator ? studios : user?.studio ? [user.studio] : []}
          defaultStudioId={studioFilter || user?.studio?.id}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}

/** Name (removed people flagged), job, e-mail, studio (the operator), since when. */
function useDirectoryColumns(): Array<Column<Member>> {
  const { t } = useTranslation('crew');
  const { isOperator } = useAuth();
  return [
    {
      key: 'name',
      header: t('directory.columns.name'),
      render: (m) => (m.anonymised ? <span className="muted">{m.fullName} <Badge>{t('directory.removed')}</Badge></span> : <strong>{m.fullName}</strong>),
    },
    { key: 'job', header: t('directory.columns.job'), render: (m) => m.jobTitle ?? <span className="muted">{t('app:common.none')}</span> },
    { key: 'email', header: t('directory.columns.email'), render: (m) => m.email ?? <span className="muted">{t('app:common.none')}</span> },
    ...(isOperator ? [{ key: 'studio', header: t('directory.columns.studio'), render: (m: Member) => m.studio.name }] : []),
    { key: 'since', header: t('directory.columns.since'), render: (m) => formatShortDate(m.createdAt), nowrap: true },
  ];
}
