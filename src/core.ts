// The core's public face: what every adapter (discord, slack, console) and the digest call.
import { join } from 'node:path';
import type { Command, CommandContext } from './command.ts';
import { answerReply, helpReply, peopleReply, sourcesReply, spendingReply, timelineReply } from './commands.ts';
import { loadFactBase } from './facts/load.ts';
import { findArticle } from './facts/pick.ts';
import type { FactBase } from './facts/schema.ts';
import { createEngine, MAX_MESSAGE_CHARS } from './qa/engine.ts';
import { isHelpRequest, smallTalkReply } from './qa/message.ts';
import { loadLexicon } from './qa/vocabulary.ts';
import { reply, type Citation, type Reply } from './reply.ts';
import { ROOT } from './root.ts';

export interface Answer {
  answered: boolean;
  text: string;
  citations: Citation[];
  confidence: number;
  factIds: string[];
  suggestions: string[];
  /** The standalone question answered: `question`, or a follow-up ("and when?") merged with `previous`. */
  asked: string;
  /** A reply to small talk ("thanks!", "lol nice"): no question was asked, so nothing was declined. */
  smallTalk?: boolean;
}

export type DigestCommand = Extract<Command, { name: 'digest' }>;

/** Implemented by src/digest: subscriptions and previews behind `/defense digest ...`. */
export interface DigestService {
  run(cmd: DigestCommand, ctx: CommandContext): Promise<Reply>;
}

export interface Core {
  /**
   * Answers a free question from the fact base (pure, synchronous, fast). `previous` is the last
   * question of the same conversation (thread, DM, console session), used to resolve follow-ups.
   */
  answer(question: string, previous?: string): Answer;
  /** Runs a /defense command and returns one platform-neutral reply. Never throws for bad input. */
  run(cmd: Command, ctx: CommandContext): Promise<Reply>;
  /** Questions the bot can answer that match what the user has typed so far (autocomplete). */
  suggest(typed: string, limit?: number): string[];
  readonly facts: FactBase;
}

export const DEFAULT_ARTICLES_DIR = join(ROOT, 'data', 'articles');
export const LEXICON_FILE = join(ROOT, 'data', 'lexicon.json');

export interface CoreOptions {
  articlesDir?: string;
  facts?: FactBase;
  digest?: DigestService;
}

export function createCore(opts: CoreOptions = {}): Core {
  const facts = opts.facts ?? loadFactBase(opts.articlesDir ?? process.env.ARTICLES_DIR ?? DEFAULT_ARTICLES_DIR);
  const engine = createEngine(facts, loadLexicon(LEXICON_FILE));
  const byId = new Map(engine.facts.map((f) => [f.id, f]));
  const spending = new Map(facts.articles.map((a) => [a.id, spendingReply(a, byId)]));
  const fixed = {
    people: peopleReply(facts, byId),
    timeline: timelineReply(facts, byId),
    sources: sourcesReply(facts),
    help: helpReply(facts, byId),
  };
  // The length first: a message too long to be a question is not read, not even for a greeting (the engine declines it).
  const ask = (question: string, ctx: CommandContext) =>
    question.length <= MAX_MESSAGE_CHARS && isHelpRequest(question) && !smallTalkReply(question) ? fixed.help : answerReply(facts, engine.answer(question, ctx.previous));
  return {
    facts,
    answer: engine.answer,
    suggest: (typed, limit = 25) => engine.suggest(typed, limit),
    async run(cmd, ctx) {
      switch (cmd.name) {
        case 'ask':
          return ask(cmd.question, ctx);
        case 'spending': {
          // "/defense spending nato": that article's card; words naming no article are a question.
          const article = findArticle(facts, cmd.article ?? '');
          return article ? spending.get(article.id)! : ask(`spending ${cmd.article}`, ctx);
        }
        case 'digest':
          return opts.digest
            ? opts.digest.run(cmd, ctx)
            : reply('error', 'Digest unavailable', 'The daily digest is not running here (it needs a chat platform and a data folder).');
        default:
          return fixed[cmd.name] ?? fixed.help;
      }
    },
  };
}
