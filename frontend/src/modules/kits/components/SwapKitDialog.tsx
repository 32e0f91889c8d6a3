import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwapChoicesQuery } from '../../../gql/graphql';
import { Alert, Button, Dialog, ErrorMessage, Field, Select, Spinner, formatKgCo2e, useToast, SubmitHint, useSubmitHint } from '../../../ui';
import { useSwapChoices, useSwapKit } from '../hooks/kits';
import { workstationModel } from '../kit-format';

type Choices = SwapChoicesQuery;

/** Desks to offer, out-of-service ones first. */
const byNeed = (desks: Choices['desks']) => [...desks].sort((a, b) => Number(a.bookable) - Number(b.bookable) || a.code.localeCompare(b.code));

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
  const choices = useSwapChoices();
  const swapping = useSwapKit();
  const [kitId, setKitId] = useState(kit?.id ?? '');
  const [deskId, setDeskId] = useState(desk?.id ?? '');
  const hint = useSubmitHint([[!kitId, t('swap.spare')], [!deskId, t('swap.desk')]]);
  const spares = choices.data?.kits ?? [];
  const desks = useMemo(() => byNeed(choices.data?.desks ?? []), [choices.data]);
  useEffect(() => {
    if (!kitId && spares.length) setKitId(spares[0].id);
    if (!deskId && desks.length) setDeskId(desks[0].id);
  }, [spares, desks, kitId, deskId]);

  const submit = async () => {
    const swapped = await swapping.swap(deskId, kitId);
    if (!swapped) return; // shown below
    toast.success(t('swap.done', { tag: swapped.kit?.assetTag, code: swapped.code }));
    onDone?.();
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={desk ? t('swap.title', { code: desk.code }) : t('swap.titleKit', { tag: kit?.assetTag })}
      description={t('swap.description')}
      footer={
        <>
          <SubmitHint hint={hint} />
          <Button variant="secondary" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" icon="recycle" loading={swapping.loading} {...hint.buttonProps} onClick={() => void submit()}>{t('swap.submit')}</Button>
        </>
      }
    >
      {!choices.data ? (
        choices.error ? <ErrorMessage error={choices.error} /> : <Spinner />
      ) : (
        <div className="form-grid">
          {!kit && <SparePicker spares={spares} kitId={kitId} onChange={setKitId} />}
          {!desk && <DeskPicker desks={desks} deskId={deskId} onChange={setDeskId} />}
          <CurrentKit target={desks.find((d) => d.id === deskId)} />
          <ErrorMessage error={swapping.error} messages={swapping.messages} />
        </div>
      )}
    </Dialog>
  );
}

function SparePicker({ spares, kitId, onChange }: { spares: Choices['kits']; kitId: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('kits');
  if (spares.length === 0) return <Alert tone="warning">{t('swap.noSpare')}</Alert>;
  return (
    <Field label={t('swap.spare')}>
      <Select value={kitId} onChange={(e) => onChange(e.target.value)}>
        {spares.map((s) => {
          const ws = workstationModel(s.components);
          const refurbished = s.components.some((c) => c.refurbished);
          return (
            <option key={s.id} value={s.id}>
              {s.assetTag}
              {ws ? ` — ${ws}` : ''}
              {refurbished ? ` · ${t('common.refurbished')}` : ''} · {formatKgCo2e(s.footprintKgCo2e)}
            </option>
          );
        })}
      </Select>
    </Field>
  );
}

function DeskPicker({ desks, deskId, onChange }: { desks: Choices['desks']; deskId: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('kits');
  return (
    <Field label={t('swap.desk')}>
      <Select value={deskId} onChange={(e) => onChange(e.target.value)}>
        {desks.map((d) => (
          <option key={d.id} value={d.id}>
            {t('swap.deskOption', { code: d.code, kit: d.kit ? `${d.kit.assetTag}${d.bookable ? '' : ` (${t('swap.outOfService')})`}` : t('swap.noKit') })}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** What stands on the chosen desk now (it goes back to the spares). */
function CurrentKit({ target }: { target: Choices['desks'][number] | undefined }) {
  const { t } = useTranslation('kits');
  if (!target) return null;
  return (
    <p className="muted">
      {target.kit ? t('swap.current', { tag: target.kit.assetTag, status: t(`status.${target.kit.status}`) }) : t('swap.currentNone')}
    </p>
  );
}
