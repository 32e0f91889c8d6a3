import { AccountingController } from './accounting.controller.js';
import { AccountingRepository } from './accounting.repository.js';
import { AccountingResolver } from './accounting.resolver.js';
import { AccountingService } from './accounting.service.js';
import { MonthlyArchiveService } from './monthly-archive.service.js';

/** The accountant's files (registered in InvoicingModule). */
export const ACCOUNTING_PROVIDERS = [AccountingRepository, AccountingService, MonthlyArchiveService, AccountingResolver];
export const ACCOUNTING_CONTROLLERS = [AccountingController];
