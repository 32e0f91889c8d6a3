import type { LocalDate } from '../../../common/time/dates.js';
import { decimalPoint } from './french-format.js';

/** An element in xmlbuilder2's object form: child elements by name (arrays repeat), "@attr", "#" text. */
export interface XmlNode {
  [name: string]: string | XmlNode | XmlNode[];
}

/** An amount in CII: "1234.50" (2 decimals, as the French rules want). */
export const amount = (cents: number) => decimalPoint(cents);

/** A date in CII: format 102, "20261103". */
export const ciiDate = (date: LocalDate): XmlNode => ({ '@format': '102', '#': date.replaceAll('-', '') });
