import type { Article, FactBase } from './facts/schema.ts';
import type { Answer } from './core.ts';
import { formatDate } from './digest/time.ts';
import { latestArticle } from './facts/pick.ts';
import { titlesOf, type IndexedFact } from './qa/facts.ts';
import { reply, type Reply } from './reply.ts';

// The /defense commands other than digest, each one platform-neutral reply.

export function sourceLine(articles: Article[]): string {
  return `Source: ${articles.map((a) => `${a.title} (${a.source.name})`).join('; ')}`;
}

export function answerReply(base: FactBase, a: Answer): Reply {
  const footer = sourceLine(base.articles.filter((art) => a.citations.some((c) => c.articleId === art.id)));
  if (a.answered) return reply('answer', 'Answer', a.text, { citations: a.citations, footer, asked: a.asked });
  if (a.smallTalk) return reply('info', 'factdesk', a.text);
  return reply('decline', 'Not in the article', a.text, { footer: 'factdesk only answers from its curated fact base.' });
}

/** The /defense spending card of one article: its headline figures and the responses to them. */
export function spendingReply(article: Article, byId: Map<string, IndexedFact>): Reply {
  const [lead, ...rest] = article.spending.map((id) => byId.get(id)!);
  return reply('info', article.spendingTitle ?? article.title, lead!.answer, {
    fields: rest.map((f) => ({ name: f.label ?? f.examples[0] ?? f.id, value: f.answer })),
    citations: [lead!, ...rest].map((f) => f.citation),
    footer: sourceLine([article]),
  });
}

export function peopleReply(base: FactBase, byId: Map<string, IndexedFact>): Reply {
  const people = base.people.map((p) => ({ p, fact: byId.get(`person-${p.id}`)! }));
  return reply('info', 'Who is who', 'The people in the news, with the roles the article gives them.', {
    fields: people.map(({ p }) => {
      const titles = titlesOf(p);
      // One spelling of each ("defence minister", not also "defense minister").
      const spelled = new Map<string, string>();
      for (const t of titles) {
        const key = t.toLowerCase().replace(/defense/g, 'defence');
        if (!spelled.has(key)) spelled.set(key, t);
      }
      const shown = [...spelled.values()].slice(0, 4);
      return { name: p.name, value: `${p.role}${shown.length ? `. Also called: ${shown.join(', ')}` : ''}` };
    }),
    citations: people.map(({ fact }) => fact.citation),
    footer: sourceLine(base.articles),
  });
}

export function timelineReply(base: FactBase, byId: Map<string, IndexedFact>): Reply {
  const events = base.articles.flatMap((a) => a.timeline).sort((x, y) => x.date.localeCompare(y.date));
  return reply('info', 'Timeline', 'Dated events in order. Dates marked † are worked out by the curators from words such as “Wednesday”; they are not in the article text.', {
    fields: events.map((e) => ({ name: `${formatDate(e.date)}${e.dateFrom === 'curator' ? ' †' : ''}`, value: e.label })),
    citations: events.map((e) => byId.get(e.fact)!.citation),
    footer: sourceLine(base.articles),
  });
}

export function sourcesReply(base: FactBase): Reply {
  const newestFirst = [...base.articles].sort((a, b) => b.curator.published.localeCompare(a.curator.published));
  return reply('info', 'Sources', 'Every answer quotes one of these articles word for word and names it.', {
    fields: newestFirst.map((a) => ({
      name: a.title,
      value: `${a.source.name}${a.source.url ? ` — ${a.source.url}` : ''}. Published ${formatDate(a.curator.published)}; ${a.facts.length} curated facts. Spending card: /defense spending ${a.id}`,
    })),
    footer: 'Curator notes (dates worked out from the text) are marked as notes, never as quotes.',
  });
}

export function helpReply(base: FactBase, byId: Map<string, IndexedFact>): Reply {
  // Example questions from the latest article's headline facts.
  const latest = latestArticle(base);
  const examples = latest.headline.flatMap((id) => byId.get(id)?.examples.slice(0, 1) ?? []).slice(0, 3);
  return reply('help', 'factdesk help', 'I answer questions about defence news from a curated, cited fact base. Every answer quotes the article; when the article does not say, I tell you.', {
    fields: [
      { name: '/defense spending [article]', value: `The headline figures of the latest article (${latest.title}), or of the one you name.` },
      { name: '/defense ask <question>', value: `Ask anything about the article, e.g. “${examples[0]}”` },
      { name: '/defense people', value: 'Who is who.' },
      { name: '/defense timeline', value: 'Dated events in order.' },
      { name: '/defense sources', value: `The ${base.articles.length === 1 ? 'article' : `${base.articles.length} articles`} behind the answers.` },
      { name: '/defense digest subscribe|unsubscribe|status|preview', value: 'A daily digest in this channel.' },
      { name: 'Mention me', value: `Or just mention me with a question: ${examples.slice(1).map((e) => `“${e}”`).join(', ')}` },
    ],
  });
}
