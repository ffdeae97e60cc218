import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import { LIMITS } from '../../adapters/discord/render.ts';

/** Fails unless Discord would accept the embed: every text within its limit, 6,000 in total, no empty field. */
export function expectEmbedWithinLimits(e: APIEmbed): void {
  expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
  expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
  expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
  expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
  let total = (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
  for (const f of e.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    total += f.name.length + f.value.length;
  }
  expect(total).toBeLessThanOrEqual(LIMITS.total);
}
