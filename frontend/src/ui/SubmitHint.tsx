import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { submitHint, type MissingField, type Reason } from './submit-hint';

export type { MissingField, Reason } from './submit-hint';

export interface SubmitHintState {
  /** What is missing, shown beside the button; null when the form can be sent. */
  text: string | null;
  id: string;
  /** For the submit button: disabled while there is a hint, and described by it. */
  buttonProps: { disabled: boolean; 'aria-describedby'?: string };
}

/** A disabled submit button's reason (see submitHint), with the id that links the button to it. */
export function useSubmitHint(missing: readonly MissingField[], reasons: readonly Reason[] = []): SubmitHintState {
  const { t, i18n } = useTranslation('app');
  const id = useId();
  const text = submitHint(missing, reasons, { missing: (list) => t('submitHint.missing', { list }) }, i18n.language);
  return { text, id, buttonProps: { disabled: text !== null, 'aria-describedby': text !== null ? id : undefined } };
}

/** The visible hint itself; place it next to the button (a dialog's footer, a form's actions). */
export function SubmitHint({ hint }: { hint: SubmitHintState }) {
  if (!hint.text) return null;
  return <p id={hint.id} className="submit-hint" aria-live="polite">{hint.text}</p>;
}
