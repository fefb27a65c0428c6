// A loopback server answering every request with a valid AdminGetUser response. Runs in its own
// process so its CPU never counts against the client being measured. Prints its port on stdout.
import { createServer } from 'node:http';

const body = Buffer.from(
  JSON.stringify({
    Username: 'alice',
    Enabled: true,
    UserStatus: 'CONFIRMED',
    UserCreateDate: 1715000000,
    UserLastModifiedDate: 1715000000,
    UserAttributes: [
      { Name: 'sub', Value: '3b1c4d5e-0000-4000-8000-000000000001' },
      { Name: 'email', Value: 'alice@example.com' },
      { Name: 'email_verified', Value: 'true' },
    ],
  }),
);

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'application/x-amz-json-1.1',
      'content-length': body.length,
      'x-amzn-requestid': '7a62c49f-347e-4fc4-9331-6e8eEXAMPLE',
      date: new Date().toUTCString(),
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
