import { type RunningConsole, startConsole } from '../../src/startConsole.js';
import type { EmulatorTarget } from '../../src/target/startEmulatorTarget.js';

type TestConsole = RunningConsole & { target: EmulatorTarget; logLines: string[] };

/**
 * The console on the emulator (an empty environment, whatever the machine's), on a free loopback port,
 * keeping its request log.
 */
export async function startTestConsole(): Promise<TestConsole> {
  const logLines: string[] = [];
  const running = await startConsole({ port: 0, env: {}, log: (line) => logLines.push(line) });
  if (running.target.kind !== 'emulator') throw new Error('expected the emulator target');
  return Object.assign(running as RunningConsole & { target: EmulatorTarget }, { logLines });
}
