import { groupByKeys, RequestLoaders } from '../../../common/loaders/request-loaders.js';
import { InvoicePaymentEntity } from './payment.entity.js';
import { PaymentsRepository } from './payments.repository.js';

/** Payments by invoice id; the ids come from invoices the caller already read through a scoped query. */
export function paymentsByInvoiceLoader(loaders: RequestLoaders, repo: PaymentsRepository) {
  return loaders.get<string, InvoicePaymentEntity[]>('invoicing.paymentsByInvoice', async (ids) => groupByKeys(ids, await repo.paymentsOf(ids), (p) => p.invoiceId));
}
