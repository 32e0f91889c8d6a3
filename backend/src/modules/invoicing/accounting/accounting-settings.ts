import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';

/** Settings key of the accounts and journals the FEC is written with. */
export const ACCOUNTING_SETTINGS_KEY = 'accounting.fec';

/** Accounts of the French chart (PCG) and journal codes used by the accountant's files. */
export interface AccountingAccounts {
  customersAccount: string;
  salesAccount: string;
  vatCollectedAccount: string;
  bankAccount: string;
  salesJournal: string;
  bankJournal: string;
}

/** PCG defaults: 411 customers, 706 services, 44571 VAT collected, 512 bank; journals VE (sales), BQ (bank). */
export const DEFAULT_ACCOUNTS: AccountingAccounts = {
  customersAccount: '411',
  salesAccount: '706',
  vatCollectedAccount: '44571',
  bankAccount: '512',
  salesJournal: 'VE',
  bankJournal: 'BQ',
};

export const accountsFromSettings = (stored: Partial<AccountingAccounts> | null | undefined): AccountingAccounts => ({ ...DEFAULT_ACCOUNTS, ...(stored ?? {}) });

const ACCOUNT = /^[0-9][0-9A-Z]{2,19}$/;
const JOURNAL = /^[A-Z0-9]{1,8}$/;
const accountMessage = { message: 'must be an account number: 3 to 20 digits or capital letters, starting with a digit' };
const journalMessage = { message: 'must be a journal code: 1 to 8 capital letters or digits' };

@ObjectType('AccountingSettings', { description: 'Accounts and journals of the FEC (defaults: 411, 706, 44571, 512; VE, BQ).' })
export class AccountingSettingsModel implements AccountingAccounts {
  @Field({ description: 'Customers (clients), debited with invoices; each studio has its auxiliary account under it.' }) customersAccount: string;
  @Field({ description: 'Sales of services, credited excluding VAT.' }) salesAccount: string;
  @Field({ description: 'VAT collected.' }) vatCollectedAccount: string;
  @Field({ description: 'Bank, debited with payments received.' }) bankAccount: string;
  @Field({ description: 'Sales journal code.' }) salesJournal: string;
  @Field({ description: 'Bank (receipts) journal code.' }) bankJournal: string;
}

@InputType()
export class AccountingSettingsInput implements Partial<AccountingAccounts> {
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(ACCOUNT, accountMessage) customersAccount?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(ACCOUNT, accountMessage) salesAccount?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(ACCOUNT, accountMessage) vatCollectedAccount?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(ACCOUNT, accountMessage) bankAccount?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(JOURNAL, journalMessage) salesJournal?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(JOURNAL, journalMessage) bankJournal?: string;
}
