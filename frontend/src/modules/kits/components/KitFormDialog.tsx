import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, ErrorMessage, Field, Input, fieldErrors, todayInParis, useToast } from '../../../ui';
import { AddKitMutation, UpdateKitMutation } from '../graphql/kits';
import { REFRESH_ACTIVE } from '../graphql/maintenance';

/** Adds a kit (to the spares), or edits a kit's asset tag and purchase date. */
export function KitFormDialog({ kit, onClose }: { kit?: { id: string; assetTag: string; purchasedOn: string }; onClose: () => void }) {
  const { t } = useTranslation('kits');
  const toast = useToast();
  const navigate = useNavigate();
  const [add, adding] = useMutation(AddKitMutation, REFRESH_ACTIVE);
  const [update, updating] = useMutation(UpdateKitMutation, REFRESH_ACTIVE);
  const [assetTag, setAssetTag] = useState(kit?.assetTag ?? '');
  const [purchasedOn, setPurchasedOn] = useState(kit?.purchasedOn ?? todayInParis());
  const error = adding.error ?? updating.error;
  const fields = fieldErrors(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      if (kit) {
        await update({ variables: { id: kit.id, input: { assetTag: assetTag.trim() || undefined, purchasedOn } } });
        toast.success(t('kit.saved'));
        onClose();
      } else {
        const result = await add({ variables: { input: { assetTag: assetTag.trim() || undefined, purchasedOn } } });
        const created = result.data?.addKit;
        if (created) {
          toast.success(t('form.added', { tag: created.assetTag }));
          navigate(`/kits/${created.id}`);
        }
        onClose();
      }
    } catch {
      /* shown below */
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="sm"
      title={kit ? t('form.editTitle', { tag: kit.assetTag }) : t('form.addTitle')}
      description={kit ? undefined : t('form.addDescription')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" type="submit" form="kit-form" loading={adding.loading || updating.loading}>
            {kit ? t('app:common.save') : t('form.add')}
          </Button>
        </>
      }
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
