import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Language } from '../../../gql/graphql';
import { Button, Checkbox, Dialog, ErrorMessage, Field, Input, Select, Textarea, fieldErrors, useToast } from '../../../ui';
import { useCreateStudio, useUpdateStudio } from '../hooks/studios';
import { sirenOf, STUDIO_FIELDS, studioInput, studioValues, type EditableStudio, type StudioFieldName, type StudioValues } from '../studio-form';

export type { EditableStudio };

/** Creates a studio (then opens its page, to prepare the contract) or edits one. Operator only. */
export function StudioFormDialog({ studio, onClose }: { studio?: EditableStudio; onClose: () => void }) {
  const { t } = useTranslation('booking');
  const toast = useToast();
  const navigate = useNavigate();
  const [values, setValues] = useState<StudioValues>(() => studioValues(studio));
  const [isNew, setIsNew] = useState(studio?.isNew ?? true);
  const [language, setLanguage] = useState<Language>(studio?.language ?? 'FR');
  const creating = useCreateStudio();
  const updating = useUpdateStudio();
  const error = creating.error ?? updating.error;
  const serverFields = fieldErrors(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = studioInput(values, studio, isNew, language);
    if (studio) {
      const updated = await updating.update({ id: studio.id, ...input });
      if (!updated) return;
      toast.success(t('studios.update.done', { name: updated.name }));
      onClose();
    } else {
      const created = await creating.create({ ...input, vatNumber: input.vatNumber || null, electronicAddress: input.electronicAddress || null });
      if (!created) return;
      toast.success(t('studios.create.done', { name: created.name }));
      onClose();
      navigate(`/studios/${created.id}`);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={studio ? t('studios.update.title', { name: studio.name }) : t('studios.create.title')}
      description={studio ? undefined : t('studios.create.description')}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" type="submit" form="studio-form" loading={creating.loading || updating.loading}>
            {studio ? t('app:common.save') : t('studios.create.submit')}
          </Button>
        </>
      }
    >
      <form id="studio-form" className="form-grid" onSubmit={submit} noValidate>
        <StudioFields values={values} setValues={setValues} serverFields={serverFields} />
        <div className="form-row">
          <Field label={t('studios.fields.language')} hint={t('studios.fields.languageHint')}>
            <Select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              <option value="FR">{t('studios.fields.languages.FR')}</option>
              <option value="EN">{t('studios.fields.languages.EN')}</option>
            </Select>
          </Field>
        </div>
        <div className="bk-checkbox-field">
          <Checkbox label={t('studios.fields.isNew')} checked={isNew} onChange={(e) => setIsNew(e.target.checked)} />
          <p className="field__hint">{t('studios.fields.isNewHint')}</p>
        </div>
        {error && !STUDIO_FIELDS.some((f) => serverFields[f]) && <ErrorMessage error={error} />}
      </form>
    </Dialog>
  );
}

/** Name, legal name, SIRET, VAT number, billing address, contact e-mail, electronic address. */
function StudioFields({ values, setValues, serverFields }: { values: StudioValues; setValues: (update: (v: StudioValues) => StudioValues) => void; serverFields: Record<string, string> }) {
  const { t } = useTranslation('booking');
  const set = (field: StudioFieldName) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const errorOf = (field: StudioFieldName) => (serverFields[field] ? studioFieldMessage(field, serverFields[field], t) : undefined);
  return (
    <>
      <div className="form-row">
        <Field label={t('studios.fields.name')} hint={t('studios.fields.nameHint')} required error={errorOf('name')}>
          <Input value={values.name} onChange={set('name')} autoComplete="off" autoFocus maxLength={120} />
        </Field>
        <Field label={t('studios.fields.legalName')} hint={t('studios.fields.legalNameHint')} required error={errorOf('legalName')}>
          <Input value={values.legalName} onChange={set('legalName')} autoComplete="off" maxLength={200} />
        </Field>
      </div>
      <div className="form-row">
        <Field label={t('studios.fields.siret')} hint={t('studios.fields.siretHint')} required error={errorOf('siret')}>
          <Input value={values.siret} onChange={set('siret')} inputMode="numeric" autoComplete="off" placeholder="852 123 456 00018" maxLength={20} />
        </Field>
        <Field label={t('studios.fields.vatNumber')} hint={t('studios.fields.vatNumberHint')} error={errorOf('vatNumber')}>
          <Input value={values.vatNumber} onChange={set('vatNumber')} autoComplete="off" placeholder="FR12852123456" maxLength={20} />
        </Field>
      </div>
      <Field label={t('studios.fields.billingAddress')} required error={errorOf('billingAddress')}>
        <Textarea rows={3} value={values.billingAddress} onChange={set('billingAddress')} maxLength={500} />
      </Field>
      <div className="form-row">
        <Field label={t('studios.fields.contactEmail')} required error={errorOf('contactEmail')}>
          <Input type="email" value={values.contactEmail} onChange={set('contactEmail')} autoComplete="off" maxLength={254} />
        </Field>
        <Field label={t('studios.fields.electronicAddress')} hint={t('studios.fields.electronicAddressHint')} error={errorOf('electronicAddress')}>
          <Input value={values.electronicAddress} onChange={set('electronicAddress')} autoComplete="off" placeholder={sirenOf(values.siret) || '852123456'} maxLength={125} />
        </Field>
      </div>
    </>
  );
}

/** The server names the field at fault (in English); say it in the user's language. */
function studioFieldMessage(field: StudioFieldName, serverMessage: string, t: TFunction): string {
  if (/already exists/i.test(serverMessage)) return t('studios.errors.duplicate');
  if (/empty/i.test(serverMessage)) return t('studios.errors.required');
  if (/longer|shorter/i.test(serverMessage)) return t('studios.errors.tooLong');
  switch (field) {
    case 'siret':
      return t('studios.errors.siret');
    case 'vatNumber':
      return t('studios.errors.vatNumber');
    case 'contactEmail':
      return t('studios.errors.contactEmail');
    case 'electronicAddress':
      return t('studios.errors.electronicAddress');
    default:
      return t('studios.errors.required');
  }
}
