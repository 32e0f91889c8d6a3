import type { LocalDate } from '../../../common/time/dates.js';
import type { PartyIdentity } from '../seller-identity.js';
import { formatSiret, frenchDate } from './french-format.js';

/**
 * The mentions French law requires on an invoice between businesses (Code de commerce
 * L441-9 / L441-10 / D441-5, CGI art. 242 nonies A), as printed on every invoice and carried in
 * its CII XML as notes with their subject codes (AAB, PMD, PMT, TXD).
 */
export const OPERATION_CATEGORY = 'Catégorie de l’opération : prestations de services.';
export const LATE_PAYMENT_PENALTY =
  'Pénalités de retard exigibles de plein droit dès le lendemain de l’échéance : taux BCE (taux de refinancement le plus récent) + 10 points (art. L441-10 du Code de commerce).';
export const RECOVERY_INDEMNITY = 'Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € (art. D441-5 du Code de commerce).';
export const NO_DISCOUNT = 'Pas d’escompte pour paiement anticipé.';
/** Services: VAT is due when paid (CGI art. 269, 2-c), unless the seller opted for debits. */
export const VAT_ON_RECEIPTS = 'TVA sur les encaissements.';
export const VAT_ON_DEBITS = 'Option pour le paiement de la taxe d’après les débits.';

export const vatRegime = (onDebits: boolean) => (onDebits ? VAT_ON_DEBITS : VAT_ON_RECEIPTS);

export function paymentTerms(days: number, dueDate: LocalDate | null, seller: PartyIdentity): string {
  const due = dueDate ? `, soit au plus tard le ${frenchDate(dueDate)}` : '';
  const bank = seller.iban ? ` par virement bancaire — IBAN ${seller.iban}${seller.bic ? ` — BIC ${seller.bic}` : ''}` : ' par virement bancaire';
  return `Conditions de paiement : ${days} jours à compter de la date de facture${due},${bank}.`;
}

export const CREDIT_NOTE_SETTLEMENT = 'Le montant de cet avoir sera déduit de vos prochains règlements ou remboursé par virement.';

/** One line identifying the seller, for page footers. */
export function sellerFooter(seller: PartyIdentity): string {
  return [seller.legalName, seller.legalForm, seller.siret && `SIRET ${formatSiret(seller.siret)}`, seller.rcs, seller.vatNumber && `N° TVA ${seller.vatNumber}`].filter(Boolean).join(' — ');
}
