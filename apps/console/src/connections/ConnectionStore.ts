import { randomUUID } from 'node:crypto';
import type { Connection } from './Connection.js';

/**
 * The connections the console knows, in server memory only (a product would keep them encrypted in its
 * database). The first one is the default of every new session.
 */
export class ConnectionStore {
  readonly #connections = new Map<string, Connection>();

  constructor(initial: Connection) {
    this.#connections.set(initial.id, initial);
  }

  get default(): Connection {
    return this.#connections.values().next().value as Connection;
  }

  get(id: string | undefined): Connection | undefined {
    return id === undefined ? undefined : this.#connections.get(id);
  }

  list(): Connection[] {
    return [...this.#connections.values()];
  }

  add(connection: Omit<Connection, 'id'>): Connection {
    const added = { ...connection, id: randomUUID() };
    this.#connections.set(added.id, added);
    return added;
  }

  remove(id: string): boolean {
    if (id === this.default.id) return false;
    return this.#connections.delete(id);
  }
}
