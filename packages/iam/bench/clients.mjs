// The two clients under test, built the same way: static credentials, endpoint override, one ListUsers.
const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};

export const clients = {
  async ours(endpoint) {
    const { createIamClient, listUsers } = await import('@iamkit/iam');
    const client = createIamClient({ endpoint, credentials, retry: 1 });
    return () => listUsers(client, {});
  },
  async sdk(endpoint) {
    const { IAMClient, ListUsersCommand } = await import('@aws-sdk/client-iam');
    const client = new IAMClient({ region: 'us-east-1', endpoint, credentials, maxAttempts: 1 });
    return () => client.send(new ListUsersCommand({}));
  },
};
