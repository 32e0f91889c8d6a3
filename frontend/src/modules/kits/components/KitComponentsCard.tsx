import { useTranslation } from 'react-i18next';
import type { KitDetailQuery } from '../../../gql/graphql';
import { Badge, Button, Card, EmptyState, IconButton, Table, formatKgCo2e } from '../../../ui';
import { sortedComponents } from '../kit-format';

export type Kit = NonNullable<KitDetailQuery['kit']>;
export type KitComponent = Kit['components'][number];

/** The kit's components, their sources and footprints; add, edit or remove one (not on a retired kit). */
export function KitComponentsCard({ kit, onAdd, onEdit, onRemove }: {
  kit: Kit;
  onAdd: () => void;
  onEdit: (component: KitComponent) => void;
  onRemove: (component: KitComponent) => void;
}) {
  const { t } = useTranslation('kits');
  const retired = kit.status === 'RETIRED';
  const components = sortedComponents(kit.components);
  return (
    <Card
      title={<>{t('kit.components')} <span className="count-chip">{components.length}</span></>}
      actions={!retired && <Button size="sm" icon="plus" onClick={onAdd}>{t('kit.actions.addComponent')}</Button>}
      padded={false}
    >
      <Table
        caption={t('kit.components')}
        rows={components}
        rowKey={(c) => c.id}
        empty={<EmptyState icon="cpu" title={t('kit.noComponents')} />}
        columns={[
          { key: 'type', header: t('form.type'), nowrap: true, render: (c) => <strong>{t(`componentType.${c.type}`)}</strong> },
          {
            key: 'model',
            header: t('form.model'),
            render: (c) => (
              <div>
                {c.model} {c.refurbished && <Badge tone="success">{t('common.refurbished')}</Badge>}
                <div className="muted kit-component__source" title={c.footprintSource}>{t('kit.sourceOf', { source: c.footprintSource })}</div>
              </div>
            ),
          },
          { key: 'serial', header: t('kit.serial'), nowrap: true, render: (c) => <span className="mono">{c.serialNumber}</span> },
          { key: 'co2', header: t('common.footprint'), align: 'right', nowrap: true, render: (c) => <span className="num">{formatKgCo2e(c.embodiedKgCo2e)}</span> },
          {
            key: 'actions',
            header: <span className="sr-only">{t('kit.actions.editComponent')}</span>,
            align: 'right',
            nowrap: true,
            render: (c) =>
              !retired && (
                <span className="row-actions">
                  <IconButton icon="settings" size="sm" label={`${t('kit.actions.editComponent')} ${c.serialNumber}`} onClick={() => onEdit(c)} />
                  <IconButton icon="x" size="sm" label={`${t('kit.actions.removeComponent')} ${c.serialNumber}`} onClick={() => onRemove(c)} />
                </span>
              ),
          },
        ]}
      />
    </Card>
  );
}
