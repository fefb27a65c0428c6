import type { LoadedService } from './awsModel.js';
import { generatedHeader } from './header.js';
import { quote } from './identifiers.js';
import type { ServiceConfig } from './services.js';

/** A service config that has a client runtime to bind generated functions to. */
export type ClientServiceConfig = ServiceConfig & {
  clientRuntime: NonNullable<ServiceConfig['clientRuntime']>;
};

/** What one generated client module holds; see {@link clientModule}. */
export interface ClientModuleSpec {
  /** First header line. */
  readonly what: string;
  /** The client-runtime factory the exports call. */
  readonly factory: keyof ClientServiceConfig['clientRuntime'];
  /** Names bound from a sibling generated module (`<fileBase>.<module>.js`). */
  readonly names: readonly string[];
  readonly module: string;
  /** One export each. */
  readonly body: readonly string[];
  readonly separator?: string;
}

/**
 * A generated client module: header, the runtime factory it calls, the names it binds from a sibling
 * generated module, then the exports.
 */
export const clientModule = (loaded: LoadedService, config: ClientServiceConfig, spec: ClientModuleSpec) =>
  [
    generatedHeader(config, loaded.botocoreVersion, spec.what),
    `import { ${spec.factory} } from ${quote(config.clientRuntime[spec.factory])};`,
    `import { ${spec.names.join(', ')} } from './${config.fileBase}.${spec.module}.js';`,
    '',
    spec.body.join(spec.separator ?? '\n'),
    '',
  ].join('\n');
