import { type RunningConsole, startConsole } from '../../src/startConsole.js';
import type { EmulatorTarget } from '../../src/target/startEmulatorTarget.js';

/** The console on the emulator (an empty environment, whatever the machine's), on a free loopback port. */
export async function startTestConsole(): Promise<RunningConsole & { target: EmulatorTarget }> {
  const running = await startConsole({ port: 0, env: {} });
  if (running.target.kind !== 'emulator') throw new Error('expected the emulator target');
  return running as RunningConsole & { target: EmulatorTarget };
}
