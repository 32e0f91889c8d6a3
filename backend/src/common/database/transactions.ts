import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';

/**
 * The unit of work: services open a transaction here and hand its EntityManager to the
 * repositories, which alone read and write tables. Nothing else of the database reaches a
 * service (test/structure/layering.spec.ts checks it).
 */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction (READ COMMITTED unless told): committed when it resolves, rolled back when it throws. */
  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  run<T>(isolation: IsolationLevel, work: (em: EntityManager) => Promise<T>): Promise<T>;
  run<T>(a: IsolationLevel | ((em: EntityManager) => Promise<T>), b?: (em: EntityManager) => Promise<T>): Promise<T> {
    return typeof a === 'function' ? this.dataSource.transaction(a) : this.dataSource.transaction(a, b!);
  }

  /** The id PostgreSQL gives the transaction `em` runs in (a retry after a rollback gets another). */
  async idOf(em: EntityManager): Promise<string> {
    const [{ txid }]: Array<{ txid: string }> = await em.query(`SELECT txid_current()::text AS txid`);
    return txid;
  }
}
