// The five requests every signer in the benchmark signs. Credentials and the date are fixed so the
// cross-check before timing can demand byte-identical Authorization headers and presigned URLs.

export const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};

export const signingDate = new Date('2015-08-30T12:36:00Z');
/** The same instant as AWS's basic ISO-8601 form, for the peers that take a string. */
export const amzDate = '20150830T123600Z';

// A Cognito AdminGetUser body of about 200 bytes: a federated user name is long.
const cognitoBody = JSON.stringify({
  UserPoolId: 'us-east-2_EXAMPLE0a',
  Username:
    'corp-saml-idp_jane.elizabeth.doe-platform-engineering-emea+admin-console-break-glass-2024-q4-rotation-07-emergency@subsidiary.example-corporation.com',
});

// Ten parameters that each need percent-encoding: space, '/', '~' (must stay literal), non-ASCII,
// reserved characters. Built with encodeURIComponent, which never emits '+' for a space.
export const searchParams = [
  ['q', 'hello world'],
  ['path', '/photos/2024/summer'],
  ['owner', '~jane'],
  ['city', 'Zürich'],
  ['name', '日本語'],
  ['note', 'a b/c~d'],
  ['emoji', '😀 ok'],
  ['filter', 'size>=10'],
  ['tags', 'red,green;blue'],
  ['redirect', 'https://example.com/cb?x=1&y=2'],
];
const encodeQuery = (params) =>
  params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

// A real client rarely sends the same query twice, and a signer may remember its last URL: (c) and
// (d) cycle through this many queries that differ in the search term, so no memo can skip the work.
const QUERY_VARIANTS = 8;

const MiB = 1024 * 1024;
const largeBody = new Uint8Array(MiB);
for (let i = 0; i < largeBody.length; i++) largeBody[i] = (i * 31 + 7) & 0xff;

/**
 * @typedef {object} Workload
 * @property {string} id           short id used in the table: a..e
 * @property {string} title
 * @property {'sign' | 'presign'} kind
 * @property {string} method
 * @property {string} protocol
 * @property {string} host
 * @property {string} path         the wire path, without the query
 * @property {[string, string][]} query   decoded query parameters, in wire order
 * @property {string} search       the percent-encoded query with its '?', or ''
 * @property {string} url          the full URL (query percent-encoded)
 * @property {{ query: [string, string][], search: string, url: string }[]} variants
 *   what every call cycles through: one entry, or QUERY_VARIANTS for the query workloads
 * @property {Record<string, string>} headers  lower-case names
 * @property {string | Uint8Array | undefined} body
 * @property {string} region
 * @property {string} service
 * @property {number} [expiresIn]
 */

// (c), and (d) presigns the very same request.
const searchRequest = {
  id: 'c',
  title: 'GET, 10 query params to encode',
  kind: 'sign',
  method: 'GET',
  protocol: 'https:',
  host: 'a1b2c3d4e5.execute-api.us-west-2.amazonaws.com',
  path: '/prod/search',
  query: searchParams,
  headers: {},
  body: undefined,
  region: 'us-west-2',
  service: 'execute-api',
};

/** @type {Workload[]} */
export const workloads = [
  {
    id: 'a',
    title: 'IAM ListUsers (POST form)',
    kind: 'sign',
    method: 'POST',
    protocol: 'https:',
    host: 'iam.amazonaws.com',
    path: '/',
    query: [],
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: 'Action=ListUsers&Version=2010-05-08',
    region: 'us-east-1',
    service: 'iam',
  },
  {
    id: 'b',
    title: `Cognito AdminGetUser (POST JSON ${cognitoBody.length} B)`,
    kind: 'sign',
    method: 'POST',
    protocol: 'https:',
    host: 'cognito-idp.us-east-2.amazonaws.com',
    path: '/',
    query: [],
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.AdminGetUser',
    },
    body: cognitoBody,
    region: 'us-east-2',
    service: 'cognito-idp',
  },
  searchRequest,
  { ...searchRequest, id: 'd', title: 'presigned URL for (c), 900 s', kind: 'presign', expiresIn: 900 },
  {
    id: 'e',
    title: 'POST 1 MiB body',
    kind: 'sign',
    method: 'POST',
    protocol: 'https:',
    host: 'a1b2c3d4e5.execute-api.us-west-2.amazonaws.com',
    path: '/prod/upload',
    query: [],
    headers: { 'content-type': 'application/octet-stream' },
    body: largeBody,
    region: 'us-west-2',
    service: 'execute-api',
  },
].map((w) => {
  const variants = (w.query.length > 0 ? Array.from({ length: QUERY_VARIANTS }, (_, i) => i) : [0]).map(
    (i) => {
      const query = w.query.map(([k, v]) => [k, k === 'q' && i > 0 ? `${v} ${i}` : v]);
      const search = query.length > 0 ? `?${encodeQuery(query)}` : '';
      return { query, search, url: `${w.protocol}//${w.host}${w.path}${search}` };
    },
  );
  return { ...w, ...variants[0], variants };
});
