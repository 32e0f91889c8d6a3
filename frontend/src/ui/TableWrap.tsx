import type { ReactNode } from 'react';
import { useScrollFocusable } from './useScrollFocusable';

/** The box around a hand-built table: scrolls sideways on a phone and then takes a Tab stop (see useScrollFocusable). */
export function TableWrap({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useScrollFocusable<HTMLDivElement>();
  return (
    <div className={className ? `table-wrap ${className}` : 'table-wrap'} ref={ref}>
      {children}
    </div>
  );
}
