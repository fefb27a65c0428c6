// `pnpm start`: the console on the emulator with demo data, or on AWS when the environment says so.
import { startConsole } from './startConsole.js';

const port = Number(process.env.PORT ?? 3000);
const running = await startConsole({
  port,
  log: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
});
process.stdout.write(
  [
    '',
    `  iamkit console: ${running.url}`,
    `  talking to: ${running.target.description}`,
    running.target.kind === 'emulator'
      ? '  demo pool users: ana / Demo-pass-1 (confirmed), ben / Temp-pass-1 (must choose a new password)'
      : '',
    '  Ctrl+C to stop',
    '',
  ]
    .filter((line) => line !== undefined)
    .join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    running.close().finally(() => process.exit(0));
  });
}
