/** How one AWS service maps onto a client package of this repository. */
export interface ServiceConfig {
  /** botocore's folder name, e.g. `cognito-idp`. */
  readonly id: string;
  readonly apiVersion: string;
  /** The client package, relative to the repository root. */
  readonly packageDir: string;
  /** Base name of the generated files: `<fileBase>.openapi.json`, `<fileBase>.ts`, ... */
  readonly fileBase: string;
  /** Prefix of the generated TypeScript names, e.g. `Iam` → `IamOperations`. */
  readonly typePrefix: string;
  /** AWS API reference page of an operation; `{op}` is replaced by the operation name. */
  readonly docsUrl: string;
  /**
   * Where the generated runtime module imports the schema types from, relative to `src/generated/`.
   * IAM owns the contract (`src/protocol/schema.ts`); the other packages get a generated copy of it.
   */
  readonly schemaModule: string;
  /**
   * String shapes AWS returns URL-encoded. The model does not say so; IAM's API reference does
   * (policy documents come back RFC 3986 encoded), so the list lives here rather than in the model.
   */
  readonly urlEncodedShapes: readonly string[];
  /**
   * The hand-written client runtime the generated operation functions, paginators and waiters bind to:
   * modules relative to `src/generated/` exporting `operation`, `paginator` and `waiter`. Without it only
   * the types, runtime schema and operation names are generated.
   */
  readonly clientRuntime?: {
    readonly operation: string;
    readonly paginator: string;
    readonly waiter: string;
  };
}

export const SERVICES: readonly ServiceConfig[] = [
  {
    id: 'iam',
    apiVersion: '2010-05-08',
    packageDir: 'packages/iam',
    fileBase: 'iam',
    typePrefix: 'Iam',
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_{op}.html',
    schemaModule: '../protocol/schema.js',
    urlEncodedShapes: ['policyDocumentType'],
    clientRuntime: {
      operation: '../operations/operation.js',
      paginator: '../operations/paginate.js',
      waiter: '../operations/waitFor.js',
    },
  },
  {
    id: 'cognito-idp',
    apiVersion: '2016-04-18',
    packageDir: 'packages/cognito',
    fileBase: 'cognito-idp',
    typePrefix: 'Cognito',
    docsUrl: 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_{op}.html',
    schemaModule: './schema.js',
    urlEncodedShapes: [],
  },
  {
    id: 'sts',
    apiVersion: '2011-06-15',
    packageDir: 'packages/sts',
    fileBase: 'sts',
    typePrefix: 'Sts',
    docsUrl: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_{op}.html',
    schemaModule: './schema.js',
    urlEncodedShapes: [],
  },
];

/** Where the schema contract lives; copied (generated) into packages whose `schemaModule` is local. */
export const SCHEMA_CONTRACT_PATH = 'packages/iam/src/protocol/schema.ts';
