// Typed money values ({"value": 500000000000, "currency": "EUR"}) as people write them.

/** Each currency's symbol. */
export const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥' };
const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "€500 billion", "$1.5 million", "CHF 200": symbol (or code), then the amount in words for large ones. */
export function formatMoney(value: number, currency: string): string {
  const symbol = SYMBOLS[currency];
  const [scale, word] = SCALES.find(([s]) => value >= s) ?? [1, ''];
  const amount = `${Number((value / scale).toFixed(2)).toLocaleString('en-GB')}${word ? ` ${word}` : ''}`;
  return symbol ? `${symbol}${amount}` : `${currency} ${amount}`;
}
