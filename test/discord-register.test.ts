// `npm run discord:register`: the command set Discord receives, and the CLI that sends it.
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCommands } from '../adapters/discord/commands.ts';
import { FakeDiscord } from './fakes/discord.ts';

const root = join(import.meta.dirname, '..');
/** Runs the register CLI as `npm run discord:register` does (compiled), outside the repo so no .env is read. */
const register = (env: NodeJS.ProcessEnv) =>
  promisify(execFile)(process.execPath, [join(root, 'dist/adapters/discord/register.js')], { env: { PATH: process.env.PATH, ...env }, cwd: tmpdir() });

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake?.close());

type Option = { name: string; type: number; required?: boolean; autocomplete?: boolean; options?: Option[] };

describe('Discord command registration', () => {
  it('overwrites the guild command set with /defense and all its subcommands', async () => {
    const rest = new REST({ api: fake.apiUrl }).setToken('register-test-token');
    await registerCommands(rest, fake.applicationId, fake.guildId);
    const req = await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(req.body).toHaveLength(1);
    const [command] = req.body as { name: string; options: Option[]; default_member_permissions?: unknown }[];
    expect(command!.name).toBe('defense');
    expect(command!.default_member_permissions ?? null).toBeNull(); // everyone may read; digest changes are checked at run time
    const byName = new Map(command!.options.map((o) => [o.name, o]));
    expect([...byName.keys()]).toEqual(['spending', 'ask', 'people', 'timeline', 'sources', 'help', 'digest']);
    expect(byName.get('ask')!.options).toEqual([expect.objectContaining({ name: 'question', type: 3, required: true, autocomplete: true })]);
    const digest = byName.get('digest')!;
    expect(digest.type).toBe(2); // subcommand group
    expect(digest.options!.map((o) => o.name)).toEqual(['subscribe', 'unsubscribe', 'status', 'preview']);
    const subscribe = digest.options!.find((o) => o.name === 'subscribe')!;
    expect(subscribe.options!.map((o) => [o.name, o.required ?? false])).toEqual([
      ['time', false],
      ['timezone', false],
    ]);
  });

  it('npm run discord:register registers globally, taking the application id from Discord when not configured', async () => {
    const { stdout } = await register({ DISCORD_TOKEN: 'register-cli-token', DISCORD_API_URL: fake.apiUrl });
    expect(stdout).toMatch(/Registered \/defense globally/);
    const put = await fake.waitForRequest((r) => r.method === 'PUT' && r.path === `/applications/${fake.applicationId}/commands`);
    expect(put.headers.authorization).toBe('Bot register-cli-token');
    expect(put.body[0].name).toBe('defense');
  });

  it('explains a missing token in one line', async () => {
    const err = await register({}).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr.trim()).toBe('Could not register commands: DISCORD_TOKEN is not set.');
  });
});
