import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog, ErrorMessage, Field, Select, Spinner, formatKgCo2e, useToast } from '../../../ui';
import { SwapChoicesQuery, SwapKitMutation } from '../graphql/kits';
import { REFRESH_ACTIVE } from '../graphql/maintenance';

/**
 * Puts a spare kit on a desk. Given a desk, the operator picks the spare; given a spare kit,
 * the operator picks the desk (out-of-service desks first).
 */
export function SwapKitDialog({ desk, kit, onClose, onDone }: {
  desk?: { id: string; code: string };
  kit?: { id: string; assetTag: string };
  onClose: () => void;
  onDone?: () => void;
}) {
  const { t } = useTranslation('kits');
  const toast = useToast();
  const choices = useQuery(SwapChoicesQuery, { fetchPolicy: 'network-only' });
  const [swap, { loading, error }] = useMutation(SwapKitMutation, REFRESH_ACTIVE);
  const [kitId, setKitId] = useState(kit?.id ?? '');
  const [deskId, setDeskId] = useState(desk?.id ?? '');

  const spares = choices.data?.kits ?? [];
  const desks = useMemo(
    () => [...(choices.data?.desks ?? [])].sort((a, b) => Number(a.bookable) - Number(b.bookable) || a.code.localeCompare(b.code)),
    [choices.data],
  );
  useEffect(() => {
    if (!kitId && spares.length) setKitId(spares[0].id);
    if (!deskId && desks.length) setDeskId(desks[0].id);
  }, [spares, desks, kitId, deskId]);

  const target = desks.find((d) => d.id === deskId);
  const submit = async () => {
    try {
      const result = await swap({ variables: { deskId, kitId } });
      const swapped = result.data?.swapKit;
      if (swapped) toast.success(t('swap.done', { tag: swapped.kit?.assetTag, code: swapped.code }));
      onDone?.();
      onClose();
    } catch {
      /* shown below */
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={desk ? t('swap.title', { code: desk.code }) : t('swap.titleKit', { tag: kit?.assetTag })}
      description={t('swap.description')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" icon="recycle" loading={loading} disabled={!kitId || !deskId} onClick={() => void submit()}>
            {t('swap.submit')}
          </Button>
        </>
      }
    >
      {!choices.data ? (
        choices.error ? <ErrorMessage error={choices.error} /> : <Spinner />
      ) : (
        <div className="form-grid">
          {!kit &&
            (spares.length === 0 ? (
              <Alert tone="warning">{t('swap.noSpare')}</Alert>
            ) : (
              <Field label={t('swap.spare')}>
                <Select value={kitId} onChange={(e) => setKitId(e.target.value)}>
                  {spares.map((s) => {
                    const ws = s.components.find((c) => c.type === 'WORKSTATION');
                    const refurbished = s.components.some((c) => c.refurbished);
                    return (
                      <option key={s.id} value={s.id}>
                        {s.assetTag}
                        {ws ? ` — ${ws.model.replace(/\s*\(.*\)$/, '')}` : ''}
                        {refurbished ? ` · ${t('common.refurbished')}` : ''} · {formatKgCo2e(s.footprintKgCo2e)}
                      </option>
                    );
                  })}
                </Select>
              </Field>
            ))}
          {!desk && (
            <Field label={t('swap.desk')}>
              <Select value={deskId} onChange={(e) => setDeskId(e.target.value)}>
                {desks.map((d) => (
                  <option key={d.id} value={d.id}>
                    {t('swap.deskOption', {
                      code: d.code,
                      kit: d.kit ? `${d.kit.assetTag}${d.bookable ? '' : ` (${t('swap.outOfService')})`}` : t('swap.noKit'),
                    })}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {target && (
            <p className="muted">
              {target.kit ? t('swap.current', { tag: target.kit.assetTag, status: t(`status.${target.kit.status}`) }) : t('swap.currentNone')}
            </p>
          )}
          <ErrorMessage error={error} messages={{ INVALID_STATE: t('swap.errors.INVALID_STATE') }} />
        </div>
      )}
    </Dialog>
  );
}
