import type { ConnectionStore } from '../connections/ConnectionStore.js';
import type { Target } from '../target/Target.js';

/** What the routes share: the connections and what the console talks to. */
export interface AppDeps {
  readonly connections: ConnectionStore;
  readonly target: Target;
  /** Where the built browser code is (dist/public). */
  readonly publicDir: string;
}
