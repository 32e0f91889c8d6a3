import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The unit of work: services open a transaction here and hand its EntityManager to the
 * repositories, which alone read and write tables. Nothing else of the database reaches a
 * service (test/structure/layering.spec.ts checks it).
 */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction (READ COMMITTED): committed when it resolves, rolled back when it throws. */
  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
