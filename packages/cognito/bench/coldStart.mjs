// One cold start: import, construct, send one AdminGetUser to the canned server, exit. `kyImport` only
// imports ky: the floor of any client built on it.
// Usage: node coldStart.mjs <ours|sdk|httpFloor|kyFloor|kyImport> <endpoint>
const [, , which, endpoint] = process.argv;
if (which === 'kyImport') await import('ky');
else {
  const { clients } = await import('./clients.mjs');
  const out = await (await clients[which](endpoint))();
  if (out.Username !== 'alice') throw new Error('bad response');
}
