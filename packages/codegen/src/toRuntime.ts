import type { AwsMemberRef, AwsShape, LoadedService } from './awsModel.js';
import { CodegenError } from './CodegenError.js';
import { generatedHeader } from './header.js';
import { identifier, propertyKey, quote } from './identifiers.js';
import { errorFacts, operationErrors, protocolOf, shapeOf } from './modelFacts.js';
import {
  type RuntimeScalar,
  runtimeScalar,
  scalarConstName,
  scalarLiteral,
  usesXmlNames,
} from './runtimeScalars.js';
import { RUNTIME_MODULE, type ServiceConfig, serviceConstName } from './services.js';

const SCHEMA_TYPE = { structure: 'StructureSchema', list: 'ListSchema', map: 'MapSchema' } as const;

/**
 * The runtime schema module of a service: one exported constant per structure, list and map shape, one per
 * operation, shared scalar constants, and the service descriptor. Constants are emitted dependencies first; a
 * reference back to a shape still being emitted (a cycle) becomes a thunk. Nothing has side effects, so a
 * bundler keeps only what the operations a program imports can reach.
 *
 * @example
 * ```ts
 * writeFileSync('src/generated/iam.runtime.ts', toRuntime(loaded, iamConfig));
 * ```
 */
export const toRuntime = (loaded: LoadedService, config: ServiceConfig): string => {
  const { model } = loaded;
  const protocol = protocolOf(model);
  const xml = usesXmlNames(protocol);
  const urlEncoded = new Set(config.urlEncodedShapes);
  const scalars = new Map<string, RuntimeScalar>();
  const usedTypes = new Set<string>(['OperationSchema', 'ServiceDescriptor']);
  const SERVICE_CONST = serviceConstName(config);
  const emitted = new Set<string>();
  const onStack = new Set<string>();
  const blocks: string[] = [];

  const ref = (member: AwsMemberRef): string => {
    const shape = shapeOf(model, member.shape);
    if (!(shape.type in SCHEMA_TYPE)) {
      const scalar = runtimeScalar(member.shape, shape, member, urlEncoded);
      const name = scalarConstName(scalar);
      scalars.set(name, scalar);
      usedTypes.add('ScalarSchema');
      return name;
    }
    if (onStack.has(member.shape)) return `() => ${identifier(member.shape)}`;
    visit(member.shape);
    return identifier(member.shape);
  };

  const structureLiteral = (name: string, shape: AwsShape): string => {
    const lines = Object.entries(shape.members ?? {}).map(([memberName, m]) => {
      const parts = [`schema: ${ref(m)}`];
      if (xml && m.locationName !== undefined && m.locationName !== memberName)
        parts.push(`name: ${quote(m.locationName)}`);
      if (xml && m.flattened) parts.push('flattened: true');
      return `    ${propertyKey(memberName)}: { ${parts.join(', ')} },`;
    });
    const members = lines.length ? `{\n${lines.join('\n')}\n  }` : '{}';
    const errorCode = shape.exception ? `\n  errorCode: ${quote(errorFacts(name, shape).code)},` : '';
    // A document (free-form JSON) has no members to describe: marked, so the runtime passes it through.
    const document = shape.document ? '\n  document: true,' : '';
    return `{\n  type: 'structure',\n  members: ${members},${errorCode}${document}\n}`;
  };

  const collectionLiteral = (shape: AwsShape): string => {
    const parts: string[] = [];
    if (shape.type === 'list') {
      parts.push(`type: 'list'`, `member: ${ref(shape.member!)}`);
      if (xml && shape.member!.locationName) parts.push(`memberName: ${quote(shape.member!.locationName)}`);
    } else {
      parts.push(`type: 'map'`, `key: ${ref(shape.key!)}`, `value: ${ref(shape.value!)}`);
      if (xml && shape.key!.locationName) parts.push(`keyName: ${quote(shape.key!.locationName)}`);
      if (xml && shape.value!.locationName) parts.push(`valueName: ${quote(shape.value!.locationName)}`);
    }
    if (xml && shape.flattened) parts.push('flattened: true');
    return `{ ${parts.join(', ')} }`;
  };

  function visit(name: string): void {
    if (emitted.has(name) || onStack.has(name)) return;
    const shape = shapeOf(model, name);
    if (!(shape.type in SCHEMA_TYPE)) return;
    const type = SCHEMA_TYPE[shape.type as keyof typeof SCHEMA_TYPE];
    if ((shape.type === 'list' && !shape.member) || (shape.type === 'map' && (!shape.key || !shape.value))) {
      throw new CodegenError(`${shape.type} ${name} lacks its member shapes`);
    }
    onStack.add(name);
    const literal = shape.type === 'structure' ? structureLiteral(name, shape) : collectionLiteral(shape);
    onStack.delete(name);
    emitted.add(name);
    usedTypes.add(type);
    blocks.push(`export const ${identifier(name)}: ${type} = ${literal};`);
  }

  for (const opName of Object.keys(model.operations)) {
    const op = model.operations[opName]!;
    if (op.input) visit(op.input.shape);
    if (op.output) visit(op.output.shape);
    const parts = [`  name: ${quote(op.name)},`];
    if (op.input) parts.push(`  input: ${identifier(op.input.shape)},`);
    if (op.output) parts.push(`  output: ${identifier(op.output.shape)},`);
    if (op.output?.resultWrapper) parts.push(`  resultWrapper: ${quote(op.output.resultWrapper)},`);
    const errors = operationErrors(op).map((e) => quote(errorFacts(e, shapeOf(model, e)).code));
    parts.push(`  errors: [${errors.join(', ')}],`);
    if (op.authtype === 'none') parts.push(`  auth: 'none',`);
    blocks.push(`export const ${identifier(opName)}: OperationSchema = {\n${parts.join('\n')}\n};`);
  }
  // Shapes no operation reaches directly (errors, leftovers) still get their constant.
  for (const name of Object.keys(model.shapes).sort()) visit(name);

  if (model.shapes[SERVICE_CONST] || model.operations[SERVICE_CONST]) {
    throw new CodegenError(`an AWS name collides with the generated constant ${SERVICE_CONST}`);
  }
  const meta = model.metadata;
  const serviceParts = [
    `  id: ${quote(config.id)},`,
    `  name: ${quote(meta.serviceId)},`,
    `  protocol: '${protocol}',`,
    `  apiVersion: ${quote(meta.apiVersion)},`,
    `  signingName: ${quote(meta.signingName ?? meta.endpointPrefix)},`,
    ...(meta.targetPrefix ? [`  targetPrefix: ${quote(meta.targetPrefix)},`] : []),
    ...(meta.jsonVersion ? [`  jsonVersion: ${quote(meta.jsonVersion)},`] : []),
    ...(meta.xmlNamespace ? [`  xmlNamespace: ${quote(meta.xmlNamespace)},`] : []),
  ];
  const scalarBlocks = [...scalars.keys()]
    .sort()
    .map((name) => `export const ${name}: ScalarSchema = ${scalarLiteral(scalars.get(name)!)};`);
  return [
    generatedHeader(
      config,
      loaded.botocoreVersion,
      `Runtime schema of ${meta.serviceFullName}: what serialisation needs.`,
    ),
    `import type { ${[...usedTypes].sort().join(', ')} } from '${RUNTIME_MODULE}';`,
    '',
    `/** What the runtime needs to know of ${meta.serviceId}; \`create${config.typePrefix}Client\` adds its endpoint rules and protocol. */`,
    `export const ${SERVICE_CONST}: ServiceDescriptor & { readonly id: ${quote(config.id)} } = {\n${serviceParts.join('\n')}\n};`,
    '',
    ...scalarBlocks,
    '',
    blocks.join('\n\n'),
    '',
  ].join('\n');
};
