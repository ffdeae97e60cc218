import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's directory (package.json, data/), found the same way
 * whether this file runs from source (src/) or from the build (dist/src/): the nearest directory
 * above it that holds package.json.
 */
function projectRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; ) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('factdesk: package.json not found above src/root');
    dir = parent;
  }
}

export const ROOT = projectRoot();
