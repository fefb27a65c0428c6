import { execFileSync } from 'node:child_process';

/** An operation of a botocore service model: its name and whether it is signed. */
export interface ModelOperation {
  readonly name: string;
  readonly unsigned: boolean;
}

const SCRIPT = `
import botocore.session, json, sys
model = botocore.session.get_session().get_service_model(sys.argv[1])
print(json.dumps([{"name": n, "unsigned": model.operation_model(n).auth_type == "none" or model.operation_model(n).auth == ["smithy.api#noAuth"]} for n in model.operation_names]))
`;

const cache = new Map<string, ModelOperation[]>();

/** The operations of botocore's model of `service` (`iam`, `sts`, `cognito-idp`); throws without botocore. */
export function botocoreOperations(service: string): ModelOperation[] {
  let operations = cache.get(service);
  if (!operations) {
    operations = JSON.parse(
      execFileSync('python3', ['-c', SCRIPT, service], { encoding: 'utf8' }),
    ) as ModelOperation[];
    cache.set(service, operations);
  }
  return operations;
}
