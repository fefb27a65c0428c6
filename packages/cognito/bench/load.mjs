// Throughput of one client in a fresh process: warm up, then keep `concurrency` AdminGetUser calls in
// flight for `seconds`; report requests/s and this process's CPU time per request.
// Usage: node load.mjs <ours|sdk|httpFloor|kyFloor> <endpoint> <concurrency> <seconds>
import { clients } from './clients.mjs';

const [, , which, endpoint, concurrencyArg, secondsArg] = process.argv;
const call = await clients[which](endpoint);
for (let i = 0; i < 500; i++) {
  if ((await call()).Username !== 'alice') throw new Error('bad response');
}
let done = 0;
let stop = false;
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const worker = async () => {
  while (!stop) {
    await call();
    done++;
  }
};
setTimeout(() => {
  stop = true;
}, Number(secondsArg) * 1000);
await Promise.all(Array.from({ length: Number(concurrencyArg) }, worker));
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(
  JSON.stringify({ rps: done / seconds, cpuUsPerRequest: (cpu.user + cpu.system) / done }),
);
