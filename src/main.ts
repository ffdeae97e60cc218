// npm start: the chat adapters whose tokens are configured, or the terminal console when none is.
import 'dotenv/config';
import { startConsole } from '../adapters/console/index.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createCore } from './core.ts';
import { FactError } from './facts/load.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const core = createCore({ articlesDir: config.articlesDir });
  await startConsole({ core });
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof FactError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
});
