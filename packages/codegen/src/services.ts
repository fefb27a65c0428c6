/** How one AWS service maps onto a client package of this repository. */
export interface ServiceConfig {
  /** botocore's folder name and the endpoint-rules id, e.g. `cognito-idp`. */
  readonly id: string;
  readonly apiVersion: string;
  /** The client package, relative to the repository root. */
  readonly packageDir: string;
  /** Base name of the generated files (camelCase): `<fileBase>.openapi.json`, `<fileBase>.ts`, ... */
  readonly fileBase: string;
  /** Prefix of the generated TypeScript names, e.g. `Iam` → `IamOperations`, `iamService`. */
  readonly typePrefix: string;
  /** AWS API reference page of an operation; `{op}` is replaced by the operation name. */
  readonly docsUrl: string;
  /**
   * String shapes AWS returns URL-encoded. The model does not say so; IAM's API reference does
   * (policy documents come back RFC 3986 encoded), so the list lives here rather than in the model.
   */
  readonly urlEncodedShapes: readonly string[];
}

/** Generated code imports the schema contract and the client factories from here, and from nothing else. */
export const RUNTIME_MODULE = '@iamkit/runtime';

export const SERVICES: readonly ServiceConfig[] = [
  {
    id: 'iam',
    apiVersion: '2010-05-08',
    packageDir: 'packages/iam',
    fileBase: 'iam',
    typePrefix: 'Iam',
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_{op}.html',
    urlEncodedShapes: ['policyDocumentType'],
  },
  {
    id: 'cognito-idp',
    apiVersion: '2016-04-18',
    packageDir: 'packages/cognito',
    fileBase: 'cognitoIdp',
    typePrefix: 'Cognito',
    docsUrl: 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_{op}.html',
    urlEncodedShapes: [],
  },
  {
    id: 'sts',
    apiVersion: '2011-06-15',
    packageDir: 'packages/sts',
    fileBase: 'sts',
    typePrefix: 'Sts',
    docsUrl: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_{op}.html',
    urlEncodedShapes: [],
  },
];

/** The generated service descriptor constant, e.g. `iamService`. */
export const serviceConstName = (config: ServiceConfig): string =>
  `${config.typePrefix.charAt(0).toLowerCase()}${config.typePrefix.slice(1)}Service`;
