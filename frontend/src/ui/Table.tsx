import { useScrollFocusable } from './useScrollFocusable';
import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right' | 'center';
  /** CSS width, e.g. '120px' or '20%'. */
  width?: string;
  /** Keep the cell on one line (dates, amounts, codes). */
  nowrap?: boolean;
}

/**
 * A data table: <Table columns={…} rows={…} rowKey={r => r.id} empty={<EmptyState …/>} />.
 * `onRowClick` makes rows clickable (and keyboard-activatable with Enter).
 */
export function Table<T>({ columns, rows, rowKey, empty, onRowClick, caption, dense }: {
  columns: Array<Column<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  empty?: ReactNode;
  onRowClick?: (row: T) => void;
  caption?: ReactNode;
  dense?: boolean;
}) {
  const wrapRef = useScrollFocusable<HTMLDivElement>();
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <div className="table-wrap" ref={wrapRef} role={typeof caption === 'string' ? 'region' : undefined} aria-label={typeof caption === 'string' ? caption : undefined}>
      <table className={['table', dense && 'table--dense'].filter(Boolean).join(' ')}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" style={{ width: c.width, textAlign: c.align }}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className={onRowClick ? 'table__row--clickable' : undefined}
              onClick={onRowClick ? () => onRowClick(row) : undefined}
              onKeyDown={onRowClick ? (e) => { if (e.key === 'Enter') onRowClick(row); } : undefined}
              tabIndex={onRowClick ? 0 : undefined}
            >
              {columns.map((c) => (
                <td key={c.key} style={{ textAlign: c.align, whiteSpace: c.nowrap ? 'nowrap' : undefined }}>{c.render(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
