import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Dialog, ErrorMessage, Field, FormDialogFooter, Input, fieldErrors, todayInParis, useToast } from '../../../ui';
import { useAddKit, useUpdateKit } from '../hooks/kits';

/** Adds a kit (to the spares), or edits a kit's asset tag and purchase date. */
export function KitFormDialog({ kit, onClose }: { kit?: { id: string; assetTag: string; purchasedOn: string }; onClose: () => void }) {
  const { t } = useTranslation('kits');
  const toast = useToast();
  const navigate = useNavigate();
  const adding = useAddKit();
  const updating = useUpdateKit();
  const [assetTag, setAssetTag] = useState(kit?.assetTag ?? '');
  const [purchasedOn, setPurchasedOn] = useState(kit?.purchasedOn ?? todayInParis());
  const error = adding.error ?? updating.error;
  const fields = fieldErrors(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { assetTag: assetTag.trim() || undefined, purchasedOn };
    if (kit) {
      if (!(await updating.update(kit.id, input))) return; // shown below
      toast.success(t('kit.saved'));
    } else {
      const created = await adding.add(input);
      if (!created) return;
      toast.success(t('form.added', { tag: created.assetTag }));
      navigate(`/kits/${created.id}`);
    }
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="sm"
      title={kit ? t('form.editTitle', { tag: kit.assetTag }) : t('form.addTitle')}
      description={kit ? undefined : t('form.addDescription')}
      footer={<FormDialogFooter form="kit-form" onCancel={onClose} loading={adding.loading || updating.loading} submitLabel={kit ? t('app:common.save') : t('form.add')} />}
    >
      <form id="kit-form" className="form-grid" onSubmit={(e) => void submit(e)}>
        <Field label={t('form.assetTag')} hint={kit ? undefined : t('form.assetTagHint')} error={fields.assetTag}>
          <Input value={assetTag} onChange={(e) => setAssetTag(e.target.value.toUpperCase())} placeholder="KIT-045" className="mono" maxLength={32} />
        </Field>
        <Field label={t('form.purchasedOn')} required error={fields.purchasedOn}>
          <Input type="date" value={purchasedOn} max={todayInParis()} onChange={(e) => setPurchasedOn(e.target.value)} />
        </Field>
        {error && !Object.keys(fields).length && <ErrorMessage error={error} />}
      </form>
    </Dialog>
  );
}
