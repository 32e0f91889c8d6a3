import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { IssuedDocumentEntity, IssuedDocumentKind } from './issued-document.entity.js';

export type NewIssuedDocument = Pick<IssuedDocumentEntity, 'kind' | 'invoiceId' | 'creditNoteId' | 'filename' | 'pdf' | 'xml' | 'sha256'>;

const column = (kind: IssuedDocumentKind) => (kind === IssuedDocumentKind.INVOICE ? 'invoice_id' : 'credit_note_id');

/** The stored documents: inserted once, read ever after (the database refuses any change). */
@Injectable()
export class IssuedDocumentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the document unless the invoice (or credit note) already has one: the first stays. */
  async insertOnce(row: NewIssuedDocument, em?: EntityManager): Promise<void> {
    await (em ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(IssuedDocumentEntity)
      .values(row)
      .orIgnore()
      .execute();
  }

  async find(kind: IssuedDocumentKind, id: string, em?: EntityManager): Promise<IssuedDocumentEntity | null> {
    const [row] = await (em ?? this.dataSource.manager).query(
      `SELECT id, kind, invoice_id AS "invoiceId", credit_note_id AS "creditNoteId", filename, pdf, xml, sha256, created_at AS "createdAt"
         FROM issued_document WHERE ${column(kind)} = $1`,
      [id],
    );
    return row ?? null;
  }

  /** SHA-256 of the stored PDFs, by invoice (or credit note) id; ids without a document are absent. */
  async sha256Of(kind: IssuedDocumentKind, ids: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; sha256: string }> = await this.dataSource.query(
      `SELECT ${column(kind)} AS id, sha256 FROM issued_document WHERE ${column(kind)} = ANY($1::uuid[])`,
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.id, r.sha256]));
  }
}
