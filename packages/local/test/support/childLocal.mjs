// Runs the built emulator in a child process (so a test can SIGKILL it mid-write) and prints its
// URL and root credentials as one JSON line. Usage: node childLocal.mjs <dataDir>
import { startLocal } from '../../dist/index.js';

const local = await startLocal({ dataDir: process.argv[2] });
process.stdout.write(
  `${JSON.stringify({ url: local.url, accessKeyId: local.rootCredentials.accessKeyId, secretAccessKey: local.rootCredentials.secretAccessKey })}\n`,
);
