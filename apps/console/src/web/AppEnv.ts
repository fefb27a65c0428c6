import type { Connection } from '../connections/Connection.js';
import type { Session } from './Session.js';

/** What middleware hands to routes. */
export interface AppEnv {
  Variables: {
    session: Session;
    /** The connection this session works with. */
    connection: Connection;
  };
}
