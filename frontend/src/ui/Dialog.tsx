import { Suspense, useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, IconButton, type ButtonVariant } from './Button';
import { Spinner } from './EmptyState';
import { SubmitHint, type SubmitHintState } from './SubmitHint';
import type { IconName } from './icons';

/**
 * A modal dialog on the native <dialog> (focus trapped, Esc closes, backdrop click closes).
 * Render it conditionally or drive it with `open`.
 */
export function Dialog({ open, onClose, title, description, children, footer, size = 'md' }: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons, right-aligned. */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation('app');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  // Before showModal (effects run in order): it remembers the opener before the dialog takes focus.
  useFocusInAndBack(ref, open);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === ref.current) onClose();
      }}
    >
      {open && (
        <div className="dialog__panel">
          <header className="dialog__header">
            <div>
              <h2 id={titleId} className="dialog__title">{title}</h2>
              {description && <p id={descriptionId} className="dialog__description">{description}</p>}
            </div>
            <IconButton icon="x" label={t('common.close')} onClick={onClose} />
          </header>
          {/* A part from another domain whose strings are still on their way waits here, not the whole page. */}
          {children && <div className="dialog__body"><Suspense fallback={<Spinner label={t('common.loading')} />}>{children}</Suspense></div>}
          {footer && <footer className="dialog__footer">{footer}</footer>}
        </div>
      )}
    </dialog>
  );
}

const FIRST_FIELD = '.dialog__body :is(input, select, textarea):not([disabled]):not([type="hidden"])';
const FIRST_CONTROL = '.dialog__body :is(button, a[href], [tabindex]:not([tabindex="-1"])):not([disabled]), .dialog__footer button:not([disabled])';

/**
 * Focus goes to the dialog's first field (else its first control in the body or footer, never
 * the close button), and back to whatever opened it when the dialog closes or unmounts.
 */
function useFocusInAndBack(ref: RefObject<HTMLDialogElement | null>, open: boolean) {
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    // After showModal, which focuses the first control (the close button) on its own.
    const timer = setTimeout(() => {
      const target = dialog?.querySelector<HTMLElement>(FIRST_FIELD) ?? dialog?.querySelector<HTMLElement>(FIRST_CONTROL);
      target?.focus();
    });
    return () => {
      clearTimeout(timer);
      // While the dialog is modal the page is inert: close it before giving focus back.
      if (dialog?.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open, ref]);
}

/** A yes/no question before a consequential action. */
export function ConfirmDialog({ open, title, children, confirmLabel, danger, busy, onConfirm, onClose }: {
  open: boolean;
  title: ReactNode;
  children?: ReactNode;
  confirmLabel?: ReactNode;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('app');
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      size="sm"
      footer={
        <>
          <button type="button" className="btn btn--secondary btn--md" onClick={onClose}>{t('common.cancel')}</button>
          <button type="button" className={`btn btn--${danger ? 'danger' : 'primary'} btn--md`} onClick={onConfirm} disabled={busy}>
            {busy && <span className="spinner spinner--sm" aria-hidden="true" />}
            <span>{confirmLabel ?? t('common.confirm')}</span>
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}

/**
 * A form dialog's buttons: cancel, then the submit button of the form with id `form`. With a
 * `hint` (useSubmitHint), the submit button is disabled while it says what is missing, shown
 * beside the buttons and linked to the button (aria-describedby).
 */
export function FormDialogFooter({ form, submitLabel, onCancel, loading, hint, icon, cancelVariant = 'secondary' }: {
  form: string;
  submitLabel: ReactNode;
  onCancel: () => void;
  loading?: boolean;
  hint?: SubmitHintState;
  icon?: IconName;
  cancelVariant?: ButtonVariant;
}) {
  const { t } = useTranslation('app');
  return (
    <>
      {hint && <SubmitHint hint={hint} />}
      <Button variant={cancelVariant} onClick={onCancel}>{t('common.cancel')}</Button>
      <Button variant="primary" type="submit" form={form} icon={icon} loading={loading} {...hint?.buttonProps}>{submitLabel}</Button>
    </>
  );
}
