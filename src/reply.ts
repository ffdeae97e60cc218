// The platform-neutral reply every command and answer produces; adapters render it.

export interface Citation {
  articleId: string;
  /** The cited article's title and source, so an answer says which article it comes from. */
  title?: string;
  source?: string;
  /** 1-based index of the article sentence the quote comes from. */
  sentence: number;
  /** Verbatim words from the article. */
  quote: string;
}

export interface Field {
  name: string;
  value: string;
}

export type ReplyKind = 'answer' | 'decline' | 'info' | 'help' | 'error' | 'digest';

export interface Reply {
  kind: ReplyKind;
  title: string;
  body: string;
  fields: Field[];
  citations: Citation[];
  footer: string;
  /** Shown only to the person who asked (help, errors, previews). */
  ephemeral: boolean;
  /** For answers: the standalone question answered (a follow-up merged with the one before it), kept as conversation context. */
  asked?: string;
}

export function reply(kind: ReplyKind, title: string, body: string, extra: Partial<Reply> = {}): Reply {
  return {
    kind,
    title,
    body,
    fields: [],
    citations: [],
    footer: '',
    ephemeral: kind === 'help' || kind === 'error',
    ...extra,
  };
}

/** Plain-text rendering for the CLI and the terminal console. */
export function renderPlain(r: Reply): string {
  const lines = [r.title, '', r.body];
  for (const f of r.fields) lines.push('', `${f.name}:`, f.value);
  if (r.citations.length) {
    lines.push('', 'From the article:');
    for (const c of r.citations) lines.push(`  “${c.quote}”`);
  }
  if (r.footer) lines.push('', r.footer);
  return lines.join('\n');
}
