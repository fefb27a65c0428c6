// A loopback server answering every request with a valid ListUsers response (3 users). Runs in its own
// process so its CPU never counts against the client being measured. Prints its port on stdout.
import { createServer } from 'node:http';

const users = ['alice', 'bob', 'carol']
  .map(
    (name, i) =>
      `<member><Path>/</Path><UserName>${name}</UserName><UserId>AIDA00000000000000${i}</UserId><Arn>arn:aws:iam::123456789012:user/${name}</Arn><CreateDate>2024-05-06T07:08:09Z</CreateDate></member>`,
  )
  .join('');
const body = Buffer.from(
  `<ListUsersResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ListUsersResult><Users>${users}</Users><IsTruncated>false</IsTruncated></ListUsersResult><ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata></ListUsersResponse>`,
);

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'text/xml',
      'content-length': body.length,
      date: new Date().toUTCString(),
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
