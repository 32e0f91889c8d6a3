import type { HTMLAttributes, ReactNode } from 'react';

export function Card({ title, actions, children, className, padded = true, ...rest }: {
  title?: ReactNode;
  actions?: ReactNode;
  padded?: boolean;
  children?: ReactNode;
} & Omit<HTMLAttributes<HTMLElement>, 'title'>) {
  return (
    <section className={['card', className].filter(Boolean).join(' ')} {...rest}>
      {(title || actions) && (
        <header className="card__header">
          {title && <h2 className="card__title">{title}</h2>}
          {actions && <div className="card__actions">{actions}</div>}
        </header>
      )}
      <div className={padded ? 'card__body' : undefined}>{children}</div>
    </section>
  );
}

/** A figure with its label, for dashboards: <Stat label="Postes libres" value="12" hint="sur 40" />. */
export function Stat({ label, value, hint, tone }: { label: ReactNode; value: ReactNode; hint?: ReactNode; tone?: 'success' | 'warning' | 'danger' | 'info' }) {
  return (
    <div className={['stat', tone && `stat--${tone}`].filter(Boolean).join(' ')}>
      <div className="stat__label">{label}</div>
      <div className="stat__value">{value}</div>
      {hint && <div className="stat__hint">{hint}</div>}
    </div>
  );
}
