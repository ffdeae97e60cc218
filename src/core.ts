// The core's public face: what every adapter (discord, slack, console) and the digest call.
import type { Command, CommandContext } from './command.ts';
import type { Citation, Reply } from './reply.ts';

export interface Answer {
  answered: boolean;
  text: string;
  citations: Citation[];
  confidence: number;
  factIds: string[];
  suggestions: string[];
}

export type DigestCommand = Extract<Command, { name: 'digest' }>;

/** Implemented by src/digest: subscriptions and previews behind `/defense digest ...`. */
export interface DigestService {
  run(cmd: DigestCommand, ctx: CommandContext): Promise<Reply>;
}

export interface Core {
  /** Answers a free question from the fact base (pure, synchronous, fast). */
  answer(question: string): Answer;
  /** Runs a /defense command and returns one platform-neutral reply. Never throws for bad input. */
  run(cmd: Command, ctx: CommandContext): Promise<Reply>;
  /** Questions the bot can answer that match what the user has typed so far (autocomplete). */
  suggest(typed: string, limit?: number): string[];
}
