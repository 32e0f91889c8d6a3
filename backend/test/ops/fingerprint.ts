import pg from 'pg';

export interface TableFingerprint {
  rows: number;
  md5: string;
}

/** Row count and a checksum of the sorted rows of every table, and the value of every sequence. */
export async function fingerprint(url: string): Promise<Record<string, TableFingerprint | string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, TableFingerprint | string> = {};
    const tables = await client.query(`SELECT schemaname AS s, tablename AS t FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`);
    for (const { s, t } of tables.rows) {
      const name = `"${s}"."${t}"`;
      const [row] = (await client.query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS md5 FROM ${name} x`)).rows;
      out[`${s}.${t}`] = row;
    }
    const sequences = await client.query(`SELECT schemaname AS s, sequencename AS q, last_value::text AS v FROM pg_sequences ORDER BY 1, 2`);
    for (const { s, q, v } of sequences.rows) out[`sequence ${s}.${q}`] = String(v);
    return out;
  } finally {
    await client.end();
  }
}

export const totalRows = (f: Record<string, TableFingerprint | string>) =>
  Object.values(f).reduce((n, v) => n + (typeof v === 'string' ? 0 : v.rows), 0);
