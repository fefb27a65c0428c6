/** One case of AWS's SigV4 suite (aws-c-auth), as the test hands it to the program. */
export interface SigV4Case {
  name: string;
  context: {
    credentials: { access_key_id: string; secret_access_key: string; token?: string };
    expiration_in_seconds: number;
    normalize: boolean;
    region: string;
    service: string;
    sign_body: boolean;
    timestamp: string;
    omit_session_token?: boolean;
  };
  request: { method: string; url: string; headers: Record<string, string | string[]>; body: string };
  /** The suite's `header-signature.txt` and `query-signature.txt`. */
  expected: { header: string; query: string };
}

/**
 * Everything a runtime needs, fetched from the test's control server: the program itself reads no
 * files and no environment, so it runs unchanged where there are neither (workerd, a browser).
 */
export interface ConformanceInput {
  sigv4: SigV4Case[];
  iam: {
    /** moto, or (Chromium, which moto's CORS handling cannot serve) a same-origin proxy to it. */
    endpoint: string;
    accessKeyId: string;
    secretAccessKey: string;
    /** A user name of this runtime's own, so runs never see each other's users. */
    userName: string;
  };
  /** A user pool on @iamkit/local (which verifies SRP proofs), started by the test on loopback. */
  cognito: {
    endpoint: string;
    userPoolId: string;
    clientId: string;
    username: string;
    password: string;
  };
}
