/**
 * A `fetch` that lets requests through to 127.0.0.1 only, recording each URL it is asked for. Anything
 * else (169.254.169.254, the container hosts, AWS) is refused before a packet leaves, with an error that
 * fails the test, so a provider pointed at the wrong place can never reach the network.
 */
export function loopbackOnlyFetch(seen: string[] = []): typeof globalThis.fetch & { seen: string[] } {
  const guarded = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input);
    seen.push(url.href);
    if (url.hostname !== '127.0.0.1')
      throw new Error(`test tried to reach ${url.host}: only 127.0.0.1 is allowed`);
    return realFetch(input, init);
  }) as typeof globalThis.fetch & { seen: string[] };
  guarded.seen = seen;
  return guarded;
}

const realFetch = globalThis.fetch.bind(globalThis);
