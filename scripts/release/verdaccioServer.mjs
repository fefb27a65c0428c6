// Child process of startRegistry: Verdaccio on 127.0.0.1, a port the OS picks, configured by the JSON
// file given as the only argument. Prints {"port": N} once listening; exits when its parent goes away
// (stdin closes), so no registry outlives the rehearsal even if the rehearsal is killed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { repoRoot } from './repoRoot.mjs';

const { runServer } = createRequire(`${repoRoot}/package.json`)('verdaccio');
const config = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8'));
const server = await runServer(config);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
