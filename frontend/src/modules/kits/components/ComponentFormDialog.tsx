import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComponentType, KitDetailQuery } from '../../../gql/graphql';
import { Checkbox, Dialog, ErrorMessage, Field, FormDialogFooter, Input, Select, fieldErrors, useToast } from '../../../ui';
import { componentInput, followReference, type ComponentFigures } from '../component-form';
import { useAddKitComponent, useComponentReferences, useUpdateKitComponent } from '../hooks/kits';
import { COMPONENT_ORDER } from '../kit-format';

type Component = NonNullable<KitDetailQuery['kit']>['components'][number];

/** A new component's footprint follows the reference of its type (ADEME, from the API) until the operator writes their own. */
function useFootprint(component: Component | undefined, type: ComponentType) {
  const references = useComponentReferences();
  const [figures, setFigures] = useState<ComponentFigures>(
    component ? { embodied: String(component.embodiedKgCo2e), source: component.footprintSource } : { embodied: '', source: '' },
  );
  useEffect(() => {
    if (component || !references) return;
    setFigures((current) => followReference(references, type, current) ?? current);
  }, [component, references, type]);
  return [figures, setFigures] as const;
}

/** Adds a component to a kit, or edits one. */
export function ComponentFormDialog({ kitId, component, onClose }: { kitId: string; component?: Component; onClose: () => void }) {
  const { t } = useTranslation('kits');
  const toast = useToast();
  const adding = useAddKitComponent();
  const updating = useUpdateKitComponent();
  const [type, setType] = useState<ComponentType>(component?.type ?? 'MONITOR');
  const [model, setModel] = useState(component?.model ?? '');
  const [serialNumber, setSerialNumber] = useState(component?.serialNumber ?? '');
  const [refurbished, setRefurbished] = useState(component?.refurbished ?? false);
  const [figures, setFigures] = useFootprint(component, type);
  const error = adding.error ?? updating.error;
  const fields = fieldErrors(error);
  const at = (name: string) => fields[`input.${name}`] ?? fields[name];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = componentInput({ type, model, serialNumber, refurbished, ...figures });
    const saved = component ? await updating.update(component.id, input) : await adding.add(kitId, input);
    if (!saved) return; // shown below
    toast.success(component ? t('kit.saved') : t('kit.componentAdded'));
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={component ? t('form.componentEditTitle') : t('form.componentTitle')}
      footer={<FormDialogFooter form="component-form" onCancel={onClose} loading={adding.loading || updating.loading} submitLabel={component ? t('app:common.save') : t('form.add')} />}
    >
      <form id="component-form" className="form-grid" onSubmit={(e) => void submit(e)}>
        <div className="form-row">
          <Field label={t('form.type')} required>
            <Select value={type} onChange={(e) => setType(e.target.value as ComponentType)}>
              {COMPONENT_ORDER.map((c) => <option key={c} value={c}>{t(`componentType.${c}`)}</option>)}
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
            <Input value={figures.embodied} onChange={(e) => setFigures((f) => ({ ...f, embodied: e.target.value }))} inputMode="decimal" />
          </Field>
          <div className="component-form__refurbished">
            <Checkbox label={t('form.refurbished')} checked={refurbished} onChange={(e) => setRefurbished(e.target.checked)} />
          </div>
        </div>
        <Field label={t('form.source')} hint={t('form.sourceHint')} error={at('footprintSource')}>
          <Input value={figures.source} onChange={(e) => setFigures((f) => ({ ...f, source: e.target.value }))} maxLength={300} />
        </Field>
        {error && !Object.keys(fields).length && <ErrorMessage error={error} />}
      </form>
    </Dialog>
  );
}
