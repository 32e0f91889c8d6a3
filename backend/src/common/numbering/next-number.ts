import { EntityManager } from 'typeorm';

/**
 * Takes the next number of a document sequence inside the caller's transaction.
 * The UPSERT locks the counter row until the transaction ends, so concurrent callers
 * queue up and a rolled-back transaction gives its number back: no gap, no duplicate.
 */
export async function nextDocumentNumber(em: EntityManager, kind: string, year: number): Promise<number> {
  const rows: Array<{ last_number: number }> = await em.query(
    `INSERT INTO document_counter (kind, year, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (kind, year) DO UPDATE SET last_number = document_counter.last_number + 1
     RETURNING last_number`,
    [kind, year],
  );
  return rows[0].last_number;
}

export function formatDocumentNumber(kind: string, year: number, n: number, digits: number): string {
  return `${kind}-${year}-${String(n).padStart(digits, '0')}`;
}
