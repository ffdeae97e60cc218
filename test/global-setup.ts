// Builds dist/ once before the tests (`npm run build`, incremental: about a second when nothing
// changed), since the tests run `npm start` and the CLIs as they ship, compiled.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
}
