import type { ReactNode } from 'react';
import { Card, ErrorMessage, Spinner, Table, type Column } from '../../../ui';
import { InvoiceDetailPanel } from './InvoiceDetailPanel';

interface Props<T extends { id: string }> {
  rows: readonly T[];
  columns: Array<Column<T>>;
  /** Column keys kept when the detail panel is open beside the table. */
  compact: string[];
  caption: string;
  empty: ReactNode;
  /** The query's state: an error or a first load replace the table. */
  query: { hasData: boolean; loading: boolean; error: unknown; refetch: () => void };
  selected: string | null;
  onSelect: (id: string | null) => void;
}

/** A table of invoices; a row opens the invoice's detail panel beside it (below it on narrow screens). */
export function InvoiceSplit<T extends { id: string }>({ rows, columns, compact, caption, empty, query, selected, onSelect }: Props<T>) {
  return (
    <div className={['invoicing-split', selected && 'invoicing-split--open'].filter(Boolean).join(' ')}>
      <Card padded={false}>
        {query.error && !query.hasData ? (
          <ErrorMessage error={query.error} onRetry={query.refetch} />
        ) : query.loading && !query.hasData ? (
          <Spinner />
        ) : (
          <Table rows={rows} rowKey={(r) => r.id} onRowClick={(r) => onSelect(r.id)} caption={caption} empty={empty} columns={selected ? columns.filter((c) => compact.includes(c.key)) : columns} />
        )}
      </Card>
      {selected && <InvoiceDetailPanel key={selected} id={selected} onClose={() => onSelect(null)} onChanged={query.refetch} />}
    </div>
  );
}
