// One cold start: import, construct, send one ListUsers to the canned server, exit.
// Usage: node coldStart.mjs <ours|sdk|fetchFloor|httpFloor> <endpoint>
import { clients } from './clients.mjs';

const [, , which, endpoint] = process.argv;
const out = await (await clients[which](endpoint))();
if (out.Users.length !== 3) throw new Error('bad response');
