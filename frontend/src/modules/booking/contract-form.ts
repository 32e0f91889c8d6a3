import { addDays, addYears, format, parseISO } from 'date-fns';
import type { CreateContractInput, StudioDetailQuery } from '../../gql/graphql';
import { centsToText, parseEuros } from '../../ui/format';

export type ContractRow = StudioDetailQuery['studio']['contracts'][number];

/** Most desks a contract may allow at a time: every desk of the site. */
export const MAX_CONTRACT_DESKS = 40;

export interface TierDraft {
  key: number;
  from: string;
  rate: string;
}

/** The new-contract form, as typed. */
export interface ContractValues {
  startDate: string;
  endDate: string;
  rate: string;
  maxDesks: string;
  tiers: TierDraft[];
  insuranceRef: string;
  insuranceExpiresOn: string;
  noticeDays: string;
  lateFeePct: string;
  /** The sites covered (empty: the server's default, the first site). */
  siteIds: string[];
}

/**
 * A new contract prefilled from the studio's latest one: a renewal starts the day after it
 * ends (today when it is over), runs a year, and keeps its terms.
 */
export function initialContractValues(latest: ContractRow | undefined, today: string): ContractValues {
  const start = latest && latest.endDate >= today ? isoDay(addDays(parseISO(latest.endDate), 1)) : today;
  const end = isoDay(addDays(addYears(parseISO(start), 1), -1));
  return {
    startDate: start,
    endDate: end,
    rate: latest ? centsToText(latest.dailyRateCents) : '',
    maxDesks: latest ? String(latest.maxDesks) : '',
    tiers: (latest?.volumeTiers ?? []).map((tier, key) => ({ key, from: String(tier.fromDeskDays), rate: centsToText(tier.dailyRateCents) })),
    insuranceRef: latest?.insurancePolicyRef ?? '',
    insuranceExpiresOn: end,
    noticeDays: String(latest?.cancellationNoticeDays ?? 14),
    lateFeePct: String(latest?.lateCancellationFeePct ?? 50),
    siteIds: [...(latest?.siteIds ?? [])],
  };
}

export type ContractProblem = 'endDate' | 'rate' | 'maxDesks' | 'tiers' | 'notice' | 'fee' | 'insuranceRef' | 'dates';

export interface ContractCheck {
  /** What is wrong, by field. */
  problems: Record<ContractProblem, boolean>;
  /** Each tier's threshold and rate, null where not a whole number or an amount. */
  tiers: Array<{ fromDeskDays: number | null; dailyRateCents: number | null }>;
  /** What to send, once nothing is wrong. */
  input: Omit<CreateContractInput, 'studioId'> | null;
}

/** Reads the form: amounts in euros to cents, whole numbers, dates in order; what to send or what is wrong. */
export function checkContract(v: ContractValues): ContractCheck {
  const rateCents = parseEuros(v.rate);
  const desks = parseWhole(v.maxDesks);
  const notice = v.noticeDays.trim() === '' ? null : parseWhole(v.noticeDays);
  const fee = v.lateFeePct.trim() === '' ? null : parseWhole(v.lateFeePct);
  const tiers = v.tiers.map((tier) => ({ fromDeskDays: parseWhole(tier.from), dailyRateCents: parseEuros(tier.rate) }));
  const problems: Record<ContractProblem, boolean> = {
    endDate: Boolean(v.startDate && v.endDate && v.endDate < v.startDate),
    rate: rateCents === null || rateCents < 1,
    maxDesks: desks === null || desks < 1 || desks > MAX_CONTRACT_DESKS,
    tiers: tiers.some((p) => p.fromDeskDays === null || p.fromDeskDays < 1 || p.dailyRateCents === null || p.dailyRateCents < 1),
    notice: v.noticeDays.trim() !== '' && (notice === null || notice > 365),
    fee: v.lateFeePct.trim() !== '' && (fee === null || fee > 100),
    insuranceRef: v.insuranceRef.trim() === '',
    dates: !v.startDate || !v.endDate || !v.insuranceExpiresOn,
  };
  const valid = !Object.values(problems).some(Boolean);
  const input = valid
    ? {
        startDate: v.startDate,
        endDate: v.endDate,
        dailyRateCents: rateCents!,
        maxDesks: desks!,
        volumeTiers: tiers.map((p) => ({ fromDeskDays: p.fromDeskDays!, dailyRateCents: p.dailyRateCents! })),
        insurancePolicyRef: v.insuranceRef.trim(),
        insuranceExpiresOn: v.insuranceExpiresOn,
        cancellationNoticeDays: notice,
        lateCancellationFeePct: fee,
        ...(v.siteIds.length > 0 && { siteIds: v.siteIds }),
      }
    : null;
  return { problems, tiers, input };
}

/** A whole number as typed ("14"), or null. */
export function parseWhole(text: string): number | null {
  return /^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null;
}

export const nextTierKey = (list: readonly TierDraft[]): number => list.reduce((m, x) => Math.max(m, x.key), -1) + 1;

const isoDay = (d: Date) => format(d, 'yyyy-MM-dd');
