/** ARNs as IAM builds them: `arn:aws:iam::<account>:<type><path><name>`. */
export const arns = {
  user: (account: string, path: string, name: string): string => `arn:aws:iam::${account}:user${path}${name}`,
  group: (account: string, path: string, name: string): string =>
    `arn:aws:iam::${account}:group${path}${name}`,
  role: (account: string, path: string, name: string): string => `arn:aws:iam::${account}:role${path}${name}`,
  policy: (account: string, path: string, name: string): string =>
    `arn:aws:iam::${account}:policy${path}${name}`,
  instanceProfile: (account: string, path: string, name: string): string =>
    `arn:aws:iam::${account}:instance-profile${path}${name}`,
  root: (account: string): string => `arn:aws:iam::${account}:root`,
  assumedRole: (account: string, role: string, session: string): string =>
    `arn:aws:sts::${account}:assumed-role/${role}/${session}`,
};
