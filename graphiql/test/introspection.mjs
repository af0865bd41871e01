// What introspection tools (code generators, IDE plugins, GraphiQL itself) see: the full
// introspection query with every option, a client schema built from its answer, printed, and
// compared with schema.graphqls; both sides sorted and printed by graphql-js, so only meaning counts.
// Usage: node test/introspection.mjs http://127.0.0.1:PORT/graphql ../schema.graphqls
import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';

const [endpoint, contractFile] = process.argv.slice(2);
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const response = await fetch(endpoint, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const answer = await response.json();
if (!response.ok || answer.errors) {
  console.error(`introspection failed: HTTP ${response.status}`, JSON.stringify(answer.errors ?? answer));
  process.exit(1);
}

// Directives graphql-java declares in every schema it serves (incremental delivery, error
// propagation); they are the engine's, not the contract's. Any other difference fails.
const ENGINE_DIRECTIVES = new Set(['defer', 'experimental_disableErrorPropagation']);
const client = buildClientSchema(answer.data);
const withoutEngineDirectives = new GraphQLSchema({
  ...client.toConfig(),
  directives: client.getDirectives().filter((directive) => !ENGINE_DIRECTIVES.has(directive.name)),
});
const printed = (schema) => printSchema(lexicographicSortSchema(schema));
const served = printed(withoutEngineDirectives);
const contract = printed(buildSchema(readFileSync(contractFile, 'utf8')));
if (served !== contract) {
  const servedLines = served.split('\n');
  const contractLines = contract.split('\n');
  const at = servedLines.findIndex((line, index) => line !== contractLines[index]);
  console.error(`the introspected schema differs from ${contractFile} at printed line ${at + 1}:`);
  console.error(`  served:   ${JSON.stringify(servedLines.slice(Math.max(0, at - 2), at + 3))}`);
  console.error(`  contract: ${JSON.stringify(contractLines.slice(Math.max(0, at - 2), at + 3))}`);
  const onlyServed = servedLines.filter((line) => !contractLines.includes(line));
  const onlyContract = contractLines.filter((line) => !servedLines.includes(line));
  console.error(`  lines only served: ${JSON.stringify(onlyServed.slice(0, 20))}`);
  console.error(`  lines only in the contract: ${JSON.stringify(onlyContract.slice(0, 20))}`);
  process.exit(1);
}
console.log(`ok: the introspected schema equals ${contractFile} (${servedLines(served)} printed lines)`);

function servedLines(text) {
  return text.split('\n').length;
}
