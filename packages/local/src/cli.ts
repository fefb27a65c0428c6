import { parseArgs } from 'node:util';
import { startLocal } from './startLocal.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4566' },
    host: { type: 'string', default: '127.0.0.1' },
    'data-dir': { type: 'string' },
    region: { type: 'string' },
  },
});

const local = await startLocal({
  port: Number(values.port),
  host: values.host,
  dataDir: values['data-dir'],
  region: values.region,
});
// The user started the emulator to get these: its own stdout is the one place the secret is shown.
process.stdout.write(
  [
    `iamkit-local listening on ${local.url}`,
    `AWS_ENDPOINT_URL=${local.url}`,
    `AWS_ACCESS_KEY_ID=${local.rootCredentials.accessKeyId}`,
    `AWS_SECRET_ACCESS_KEY=${local.rootCredentials.secretAccessKey}`,
    `AWS_REGION=${local.region}`,
    `AWS_DEFAULT_REGION=${local.region}`,
    '',
  ].join('\n'),
);
const stop = () => {
  local.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
