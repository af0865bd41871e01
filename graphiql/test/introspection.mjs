// What introspection tools (code generators, IDE plugins, GraphiQL itself) see: the full
// introspection query with every option, a client schema built from its answer, printed, and
// compared with schema.graphqls; both sides sorted and printed by graphql-js, so only meaning counts.
// Usage: node test/introspection.mjs http://127.0.0.1:PORT/graphql ../schema.graphqls
import { readFileSync } from 'node:fs';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
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

const printed = (schema) => printSchema(lexicographicSortSchema(schema));
const served = printed(buildClientSchema(answer.data));
const contract = printed(buildSchema(readFileSync(contractFile, 'utf8')));
if (served !== contract) {
  const servedLines = served.split('\n');
  const contractLines = contract.split('\n');
  const at = servedLines.findIndex((line, index) => line !== contractLines[index]);
  console.error(`the introspected schema differs from ${contractFile} at printed line ${at + 1}:`);
  console.error(`  served:   ${JSON.stringify(servedLines.slice(Math.max(0, at - 2), at + 3))}`);
  console.error(`  contract: ${JSON.stringify(contractLines.slice(Math.max(0, at - 2), at + 3))}`);
  process.exit(1);
}
console.log(`ok: the introspected schema equals ${contractFile} (${servedLines(served)} printed lines)`);

function servedLines(text) {
  return text.split('\n').length;
}
