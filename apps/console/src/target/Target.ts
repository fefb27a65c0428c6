import type { Local } from '@iamkit/local';
import type { Connection } from '../connections/Connection.js';

/** What the console talks to: the in-process emulator with demo data, or AWS. */
export interface Target {
  readonly kind: 'emulator' | 'aws';
  /** One line for the page banner and the start-up message. */
  readonly description: string;
  /** The first connection: the emulator's demo account or the environment's. */
  readonly connection: Connection;
  /** Where connections added in the form send requests: the emulator's URL, or undefined for AWS. */
  readonly endpoint: string | undefined;
  /** The running emulator, when there is one. */
  readonly local: Local | undefined;
  close(): Promise<void>;
}
