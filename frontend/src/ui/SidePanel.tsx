import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from './Button';

/**
 * A non-modal panel beside the page's content (details of a selected item). Esc closes it;
 * focus moves into it when it opens so keyboard users land on its content.
 */
export function SidePanel({ title, subtitle, onClose, children, footer, label }: {
  title: ReactNode;
  subtitle?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** Accessible name of the region (defaults to the title when it is a string). */
  label?: string;
}) {
  const { t } = useTranslation('app');
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [title]);

  return (
    <aside
      ref={ref}
      className="side-panel"
      tabIndex={-1}
      aria-label={label ?? (typeof title === 'string' ? title : undefined)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header className="side-panel__header">
        <div>
          <h2 className="side-panel__title">{title}</h2>
          {subtitle && <div className="side-panel__subtitle">{subtitle}</div>}
        </div>
        <IconButton icon="x" label={t('common.close')} onClick={onClose} />
      </header>
      <div className="side-panel__body">{children}</div>
      {footer && <footer className="side-panel__footer">{footer}</footer>}
    </aside>
  );
}
