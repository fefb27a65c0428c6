// One cold start: import, construct, send one signed ListUsers to the canned server, exit.
// Usage: node coldStart.mjs <ours|sdk> <endpoint>
const [, , which, endpoint] = process.argv;
const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
if (which === 'ours') {
  const { createIamClient, listUsers } = await import('@iamkit/iam');
  const out = await listUsers(createIamClient({ endpoint, credentials, retry: 1 }), {});
  if (out.Users.length !== 3) throw new Error('bad response');
} else {
  const { IAMClient, ListUsersCommand } = await import('@aws-sdk/client-iam');
  const out = await new IAMClient({ region: 'us-east-1', endpoint, credentials, maxAttempts: 1 }).send(
    new ListUsersCommand({}),
  );
  if (out.Users.length !== 3) throw new Error('bad response');
}
