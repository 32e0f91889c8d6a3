import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ComponentType, KitDetailQuery } from '../../../gql/graphql';
import { Button, Checkbox, Dialog, ErrorMessage, Field, Input, Select, fieldErrors, useToast } from '../../../ui';
import { AddKitComponentMutation, UpdateKitComponentMutation } from '../graphql/kits';
import { REFRESH_ACTIVE } from '../graphql/maintenance';
import { COMPONENT_TYPES } from './tones';

type Component = NonNullable<KitDetailQuery['kit']>['components'][number];

/** Reference figures (ADEME Impact CO2, 2025 update, as for the seeded kits), offered for a new component. */
const ADEME: Partial<Record<ComponentType, { kg: number; source: string }>> = {
  WORKSTATION: { kg: 205, source: 'ADEME Impact CO2 (2025 update): desktop computer, manufacturing, 205 kg CO2e' },
  MONITOR: { kg: 66, source: 'ADEME Impact CO2 (2025 update): 24-inch monitor, manufacturing, 66 kg CO2e' },
  TABLET: { kg: 84, source: 'ADEME Impact CO2 (2025 update): tablet, manufacturing, 84 kg CO2e (upper bound for a pen tablet)' },
};

/** Adds a component to a kit, or edits one. */
export function ComponentFormDialog({ kitId, component, onClose }: { kitId: string; component?: Component; onClose: () => void }) {
  const { t } = useTranslation('kits');
  const toast = useToast();
  const [add, adding] = useMutation(AddKitComponentMutation, REFRESH_ACTIVE);
  const [update, updating] = useMutation(UpdateKitComponentMutation, REFRESH_ACTIVE);
  const [type, setType] = useState<ComponentType>(component?.type ?? 'MONITOR');
  const [model, setModel] = useState(component?.model ?? '');
  const [serialNumber, setSerialNumber] = useState(component?.serialNumber ?? '');
  const [embodied, setEmbodied] = useState(component ? String(component.embodiedKgCo2e) : String(ADEME.MONITOR!.kg));
  const [refurbished, setRefurbished] = useState(component?.refurbished ?? false);
  const [source, setSource] = useState(component ? component.footprintSource : ADEME.MONITOR!.source);
  const error = adding.error ?? updating.error;
  const fields = fieldErrors(error);
  const at = (name: string) => fields[`input.${name}`] ?? fields[name];

  const changeType = (next: ComponentType) => {
    setType(next);
    const reference = ADEME[next];
    if (component) return;
    // A figure the operator typed is kept; the reference one follows the type.
    const untouched = Object.values(ADEME).some((r) => r.source === source) || !source.trim();
    if (untouched) {
      setEmbodied(reference ? String(reference.kg) : '');
      setSource(reference?.source ?? '');
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      type,
      model,
      serialNumber,
      embodiedKgCo2e: Number(embodied.replace(',', '.')),
      refurbished,
      footprintSource: source.trim() || undefined,
    };
    try {
      if (component) await update({ variables: { id: component.id, input } });
      else await add({ variables: { kitId, input } });
      toast.success(component ? t('kit.saved') : t('kit.componentAdded'));
      onClose();
    } catch {
      /* shown below */
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={component ? t('form.componentEditTitle') : t('form.componentTitle')}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>{t('app:common.cancel')}</Button>
          <Button variant="primary" type="submit" form="component-form" loading={adding.loading || updating.loading}>
            {component ? t('app:common.save') : t('form.add')}
          </Button>
        </>
      }
    >
      <form id="component-form" className="form-grid" onSubmit={(e) => void submit(e)}>
        <div className="form-row">
          <Field label={t('form.type')} required>
            <Select value={type} onChange={(e) => changeType(e.target.value as ComponentType)}>
              {COMPONENT_TYPES.map((c) => <option key={c} value={c}>{t(`componentType.${c}`)}</option>)}
            </Select>
          </Field>
          <Field label={t('form.serialNumber')} required error={at('serialNumber')}>
            <Input value={serialNumber} onChange={(e) => setSerialNumber(e.target.value)} className="mono" maxLength={100} />
          </Field>
        </div>
        <Field label={t('form.model')} required error={at('model')}>
          <Input value={model} onChange={(e) => setModel(e.target.value)} maxLength={200} />
        </Field>
        <div className="form-row">
          <Field label={t('form.embodied')} required hint={t('form.embodiedHint')} error={at('embodiedKgCo2e')}>
            <Input value={embodied} onChange={(e) => setEmbodied(e.target.value)} inputMode="decimal" />
          </Field>
          <div className="component-form__refurbished">
            <Checkbox label={t('form.refurbished')} checked={refurbished} onChange={(e) => setRefurbished(e.target.checked)} />
          </div>
        </div>
        <Field label={t('form.source')} hint={t('form.sourceHint')} error={at('footprintSource')}>
          <Input value={source} onChange={(e) => setSource(e.target.value)} maxLength={300} />
        </Field>
        {error && !Object.keys(fields).length && <ErrorMessage error={error} />}
      </form>
    </Dialog>
  );
}
