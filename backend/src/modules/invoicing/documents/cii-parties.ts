import { electronicAddressOf, PartyIdentity, sirenOf } from '../seller-identity.js';
import type { XmlNode } from './cii-values.js';
import type { PrintableDocument } from './printable-document.js';

/** ISO 6523 identifiers: 0002 SIREN, 0009 SIRET; EAS 0225: the French e-invoicing directory. */
const SCHEME = { SIREN: '0002', SIRET: '0009', FRENCH_DIRECTORY: '0225', VAT: 'VA' } as const;

/** ApplicableHeaderTradeAgreement: seller (BG-4), buyer (BG-7), the contract (BT-12). */
export function headerAgreement(d: PrintableDocument): XmlNode {
  const contract = d.contractNumbers[0];
  return {
    'ram:SellerTradeParty': tradeParty(d.seller, true),
    'ram:BuyerTradeParty': tradeParty(d.buyer, false),
    ...(contract ? { 'ram:ContractReferencedDocument': { 'ram:IssuerAssignedID': contract } } : {}),
  };
}

function tradeParty(p: PartyIdentity, seller: boolean): XmlNode {
  const legalInformation = [p.legalForm, p.rcs].filter(Boolean).join(' — ');
  return {
    'ram:GlobalID': { '@schemeID': SCHEME.SIRET, '#': p.siret },
    'ram:Name': p.legalName,
    // BT-33, the seller's additional legal information (legal form, share capital, register).
    ...(seller && legalInformation ? { 'ram:Description': legalInformation } : {}),
    'ram:SpecifiedLegalOrganization': {
      'ram:ID': { '@schemeID': SCHEME.SIREN, '#': sirenOf(p.siret) },
      ...(p.tradeName && p.tradeName !== p.legalName ? { 'ram:TradingBusinessName': p.tradeName } : {}),
    },
    ...contact(p),
    'ram:PostalTradeAddress': address(p),
    // BT-34 / BT-49: where a platform delivers the invoice (BR-FR-12/13, BR-FR-21).
    'ram:URIUniversalCommunication': { 'ram:URIID': { '@schemeID': SCHEME.FRENCH_DIRECTORY, '#': electronicAddressOf(p) } },
    ...(p.vatNumber ? { 'ram:SpecifiedTaxRegistration': { 'ram:ID': { '@schemeID': SCHEME.VAT, '#': p.vatNumber } } } : {}),
  };
}

function contact(p: PartyIdentity): XmlNode {
  if (!p.phone && !p.email) return {};
  return {
    'ram:DefinedTradeContact': {
      ...(p.phone ? { 'ram:TelephoneUniversalCommunication': { 'ram:CompleteNumber': p.phone } } : {}),
      ...(p.email ? { 'ram:EmailURIUniversalCommunication': { 'ram:URIID': p.email } } : {}),
    },
  };
}

/** Three street lines at most in CII: any further lines join the third. */
function address(p: PartyIdentity): XmlNode {
  const [one, two, ...rest] = p.addressLines;
  return {
    ...(p.postCode ? { 'ram:PostcodeCode': p.postCode } : {}),
    ...(one ? { 'ram:LineOne': one } : {}),
    ...(two ? { 'ram:LineTwo': two } : {}),
    ...(rest.length ? { 'ram:LineThree': rest.join(', ') } : {}),
    ...(p.city ? { 'ram:CityName': p.city } : {}),
    'ram:CountryID': p.countryCode,
  };
}
