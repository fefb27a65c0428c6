import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AwsPaginators, AwsServiceModel, AwsWaiters, LoadedService } from './awsModel.js';
import { CodegenError } from './CodegenError.js';

/** A folder laid out like botocore's `data/` (`<service>/<apiVersion>/service-2.json[.gz]`) and its release. */
export interface ModelSource {
  readonly dataDir: string;
  readonly botocoreVersion: string;
}

const LOCATE_BOTOCORE =
  'import botocore,os;print(os.path.join(os.path.dirname(botocore.__file__),"data"));print(botocore.__version__)';

/** Asks the local python3 where botocore's models are and which release it is. */
export const locateBotocore = (python = 'python3'): ModelSource => {
  let out: string;
  try {
    out = execFileSync(python, ['-c', LOCATE_BOTOCORE], { encoding: 'utf8' });
  } catch (cause) {
    throw new CodegenError(
      `botocore not found through ${python}: install it (pip install botocore) or pass --models <dir>`,
      { cause },
    );
  }
  const [dataDir, botocoreVersion] = out.trim().split('\n');
  if (!dataDir || !botocoreVersion) throw new CodegenError(`unexpected answer from ${python}: ${out}`);
  return { dataDir, botocoreVersion };
};

/**
 * A models folder given on the command line. The release comes from `version` when given, else from the
 * botocore package around the folder (`<dir>/../__init__.py`), so a vendored copy still says where it came from.
 */
export const modelSourceFromDir = (dataDir: string, version?: string): ModelSource => {
  if (version) return { dataDir, botocoreVersion: version };
  const init = join(dataDir, '..', '__init__.py');
  const found = existsSync(init)
    ? /__version__\s*=\s*['"]([^'"]+)['"]/.exec(readFileSync(init, 'utf8'))
    : null;
  if (!found?.[1]) {
    throw new CodegenError(`cannot tell the botocore version of ${dataDir}: pass --botocore-version <v>`);
  }
  return { dataDir, botocoreVersion: found[1] };
};

const readJson = (file: string): unknown => {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  if (existsSync(`${file}.gz`)) return JSON.parse(gunzipSync(readFileSync(`${file}.gz`)).toString('utf8'));
  return undefined;
};

/**
 * Reads a service's model, paginators and waiters; a missing model is an error, missing extras are empty.
 *
 * @example
 * ```ts
 * const iam = loadService(locateBotocore(), 'iam', '2010-05-08');
 * Object.keys(iam.model.operations).length; // 176 with botocore 1.43.11
 * ```
 */
export const loadService = (source: ModelSource, id: string, apiVersion: string): LoadedService => {
  const dir = join(source.dataDir, id, apiVersion);
  const model = readJson(join(dir, 'service-2.json')) as AwsServiceModel | undefined;
  if (!model) throw new CodegenError(`no service-2.json(.gz) for ${id} ${apiVersion} in ${dirname(dir)}`);
  const paginators = (readJson(join(dir, 'paginators-1.json')) as AwsPaginators | undefined) ?? {
    pagination: {},
  };
  const waiters = (readJson(join(dir, 'waiters-2.json')) as AwsWaiters | undefined) ?? {
    version: 2,
    waiters: {},
  };
  return { model, paginators, waiters, botocoreVersion: source.botocoreVersion };
};
