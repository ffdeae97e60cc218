// `npm run discord:register`: overwrites the bot's slash commands, in DISCORD_GUILD_ID when set
// (instant, for development) or else globally. Run it once after changing commands.ts.
import { config as loadEnvFile } from 'dotenv';
import { REST, Routes, type APIApplication } from 'discord.js';
import { loadConfig } from '../../src/config.ts';
import { registerCommands } from './commands.ts';

async function main(): Promise<void> {
  loadEnvFile({ quiet: true });
  const discord = loadConfig().discord;
  if (!discord) throw new Error('DISCORD_TOKEN is not set.');
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const applicationId = discord.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  await registerCommands(rest, applicationId, discord.guildId);
  console.log(`Registered /defense ${discord.guildId ? `in guild ${discord.guildId}` : 'globally'}.`);
}

main().catch((err: unknown) => {
  console.error(`Could not register commands: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
