import { createIamClient, listUsers } from '@iamkit/iam';
import { nodeHttpFetch } from '../dist/node/index.js';

const [, , url, conc] = process.argv;
const client = createIamClient({
  endpoint: url,
  credentials: { accessKeyId: 'AKID', secretAccessKey: 'x' },
  retry: 1,
  fetch: nodeHttpFetch(),
});
const call = () => listUsers(client, {});
const o = await call();
if (o.Users.length !== 3) throw new Error('bad');
for (let i = 0; i < 500; i++) await call();
let done = 0,
  stop = false;
const c0 = process.cpuUsage();
const t0 = performance.now();
setTimeout(() => (stop = true), 3000);
await Promise.all(
  Array.from({ length: Number(conc) }, async () => {
    while (!stop) {
      await call();
      done++;
    }
  }),
);
const s = (performance.now() - t0) / 1000;
const c = process.cpuUsage(c0);
console.log(
  'node transport',
  (done / s).toFixed(0),
  'rps',
  ((c.user + c.system) / done).toFixed(0),
  'us/req',
);
