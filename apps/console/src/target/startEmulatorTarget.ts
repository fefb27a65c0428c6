import { startLocal } from '@iamkit/local';
import type { Connection } from '../connections/Connection.js';
import type { DemoFacts } from '../demo/DemoFacts.js';
import { seedCognito } from '../demo/seedCognito.js';
import { seedIam } from '../demo/seedIam.js';
import type { Target } from './Target.js';

/** The emulator target plus what its demo data is. */
export interface EmulatorTarget extends Target {
  readonly demo: DemoFacts;
}

/**
 * Starts `@iamkit/local` in this process on a free loopback port and seeds the demo account through
 * the same modules the pages use (signed with the emulator's root key).
 */
export async function startEmulatorTarget(options: { region?: string } = {}): Promise<EmulatorTarget> {
  const region = options.region ?? 'us-east-1';
  let demo: DemoFacts | undefined;
  let connection: Connection | undefined;
  const local = await startLocal({
    port: 0,
    region,
    seed: async (started) => {
      connection = {
        id: 'demo',
        name: 'Demo account (local emulator)',
        source: 'emulator',
        region,
        apiSubdomain: undefined,
        endpoint: started.url,
        credentials: started.rootCredentials,
      };
      await seedIam(connection, started.accountId);
      demo = await seedCognito(connection);
    },
  });
  return {
    kind: 'emulator',
    description: `Local emulator (@iamkit/local) at ${local.url}, demo data: no AWS account involved`,
    connection: connection!,
    endpoint: local.url,
    local,
    demo: demo!,
    close: () => local.close(),
  };
}
