// What a claim says about how an act came about, beyond the act: someone refused it, was forced or
// ordered to do it, threatened to do it, or did it under pressure ("Was Japan forced to raise its
// budget?", "Did Zelensky refuse to attend the dinner?"). A fact stating the act without that framing neither confirms nor
// denies the claim: a "Yes" needs the fact to use a word of the same framing.

/** Each framing: how a claim says it (verbs, not the noun "forces" or "in order to"), and how a fact may. */
const FRAMINGS: { asked: RegExp; stated: RegExp }[] = [
  { asked: /\brefus(?:e|es|ed|ing|al)\b|\bdeclin(?:e|es|ed|ing) to\b/i, stated: /\brefus|\bdeclin(?:e|es|ed|ing) to\b|\bturn(?:s|ed|ing)? down\b/i },
  { asked: /\b(?:forc|compell?|coerc)(?:ed|ing)\b|\b(?:force|forces|compels?|coerces?) (?:[\p{L}'-]+ ){1,3}to\b/iu, stated: /\b(?:forc|compel|coerc)/i },
  { asked: /\bordered\b|\border(?:s|ing)? (?:[\p{L}'-]+ ){1,3}to\b/iu, stated: /\border(?:s|ed|ing)?\b(?! of)/i },
  { asked: /\bpressur(?:e|ed|es|ing)\b/i, stated: /\bpressur/i },
  // ("did Hungary threaten to veto it?" of "Orbán could block it": a threat someone made, not what may happen.)
  { asked: /\bthreat(?:en|ens|ened|ening) (?:to|that)\b/i, stated: /\bthreat|\bwarn/i },
  { asked: /\bobliged?\b|\bobligated\b/i, stated: /\boblig/i },
  { asked: /\bmade to\b|\bmake (?:[\p{L}'-]+ ){1,2}to\b/iu, stated: /\bmade to\b|\bmake (?:[\p{L}'-]+ ){1,2}to\b|\b(?:forc|compel|coerc)/iu },
];

/**
 * Whether a claim frames its act in a way the fact's text does not state: "was Japan forced to …?"
 * of "Japan aims to …". A refusal must be of the same act (`same` compares two words):
 * "did the Greens refuse to back the package?" is not stated by "his past refusal to reform".
 */
export function framingUnsaid(claim: string, factText: string, same: (a: string, b: string) => boolean): boolean {
  const refused = refusedAct(claim);
  if (refused) return !refusedActs(factText).some((a) => same(a, refused));
  return FRAMINGS.some((x) => x.asked.test(claim) && !x.stated.test(factText));
}

/** The acts a text says someone refused or declined: "his past refusal to reform the debt brake" → reform. */
const refusedActs = (text: string) => [...text.matchAll(/\b(?:refus\w*|declin(?:e|es|ed|ing)|turn(?:s|ed|ing)? down) (?:to )?([\p{L}'-]+)/giu)].map((m) => m[1]!);

/** "refused to", "declining to": how a claim says someone refused. */
const REFUSING = String.raw`\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)) to`;
const REFUSED_ACT = new RegExp(String.raw`${REFUSING} ([\p{L}'-]+)`, 'iu');
const REFUSAL = new RegExp(String.raw`${REFUSING}\s+`, 'i');

/** The act a claim says someone refused ("did Zelensky refuse to attend the dinner?" → attend). */
export function refusedAct(claim: string): string | undefined {
  return REFUSED_ACT.exec(claim)?.[1];
}

/** Whether a claim says someone refused ("did Zelensky refuse to take part?") and the fact does not: a fact denying the act ("did not take part") does not deny the refusal. */
export const refusalUnsaid = (claim: string, factText: string, same: (a: string, b: string) => boolean) => refusedAct(claim) !== undefined && framingUnsaid(claim, factText, same);

/** A refusal claim as the claim of the act: "did Trump refuse to meet Zelensky?" → "did Trump meet Zelensky?". */
export function withoutRefusal(claim: string): string | undefined {
  const plain = claim.replace(REFUSAL, '');
  return plain === claim ? undefined : plain;
}
