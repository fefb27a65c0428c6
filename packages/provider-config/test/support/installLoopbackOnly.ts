// Vitest setup file: the global fetch of every test file refuses any host but 127.0.0.1, so a provider
// falling back to the global fetch (instead of the one a test injects) cannot reach 169.254.169.254.
import { loopbackOnlyFetch } from './loopbackOnly.js';

globalThis.fetch = loopbackOnlyFetch();
