import { SYMBOLS } from '../facts/money.ts';
import { SCALE } from './text.ts';
import type { IndexedFact } from './facts.ts';
import { latest, once } from './once.ts';
import type { Question } from './question.ts';

// The currency a question asks a sum in ("the yen budget", "in US dollars", "how many billion
// euros") and the currencies a fact gives sums in: a sum asked in one currency is answered only by
// a fact giving one in it.

/** Currency words and their ISO codes. */
const CURRENCIES: Record<string, string> = { dollar: 'USD', euro: 'EUR', pound: 'GBP', yen: 'JPY', usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY' };
/** A currency word, singular or plural: "euros", "yen", "USD". */
const CURRENCY_WORD = new RegExp(`\\b(${Object.keys(CURRENCIES).join('|')})s?\\b`, 'gi');
/** A word naming a currency: "euros", "yen", "usd". */
export const isCurrencyWord = (word: string) => CURRENCIES[word.toLowerCase().replace(/s$/, '')] !== undefined;
/** A currency word that is part of a sum the question states ("the 500 billion euro fund"), not the one it asks in. */
const STATED = new RegExp(`\\d(?:[\\d.,]*)\\s*(?:${Object.keys(SCALE).join('|')})?\\s*$`, 'i');

/** The ISO code of the currency a question asks a sum in, if it names one outside a sum it states. */
export function askedCurrency(text: string): string | undefined {
  for (const m of text.matchAll(CURRENCY_WORD)) if (!STATED.test(text.slice(0, m.index))) return CURRENCIES[m[1]!.toLowerCase()];
  return undefined;
}

/** The text without the currency a sum is asked in: "what's the yen budget?" → "what's the budget?". */
export const withoutCurrency = (text: string) => text.replace(CURRENCY_ASKED, ' ');
const CURRENCY_ASKED = new RegExp(`\\b(?:in )?(?:us |american |japanese |british )?${CURRENCY_WORD.source}`, 'gi');

/** The currencies a fact gives sums in: its typed sums and the symbols and words of its quote ("€800 billion ($840 billion)"). */
export const currenciesOf = once((f: IndexedFact): Set<string> => {
  const codes = f.values.flatMap((x) => (x.kind === 'money' ? [x.currency] : []));
  for (const [code, symbol] of Object.entries(SYMBOLS)) if (f.quote.includes(symbol)) codes.push(code);
  for (const m of f.quote.matchAll(CURRENCY_WORD)) codes.push(CURRENCIES[m[1]!.toLowerCase()]!);
  return new Set(codes);
});

/**
 * The currency an open question asks a sum in: only a fact giving a sum in it answers ("What's
 * Japan's defence budget in dollars?" is not answered by 2% of GDP, nor "the yen budget" by euros).
 */
export const currencyAsked = latest((q: Question) => (q.yesno ? undefined : askedCurrency(q.clean)));
