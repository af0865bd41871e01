// Writes a frontend's operations into a trusted-documents directory (inkwell.graphql.documents-location):
// one <sha256-hex>.graphql file per document, named after the SHA-256 of its exact UTF-8 text.
//
//   node clients/persist-documents.mjs <input> <output-dir>
//
// <input> is a directory of .graphql files (each file is one document, sent verbatim by the client with
// its id as documentId), an Apollo persisted query manifest (@apollo/generate-persisted-query-manifest:
// {"format": "apollo-persisted-query-manifest", "operations": [{id, body}]}), or a Relay persisted
// queries map ({"<id>": "<text>"}). Ids in a manifest or map must be the text's SHA-256 (Apollo's and
// Relay's default with sha256). Prints each id; exits 1 on a mismatch. Needs no npm packages.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node persist-documents.mjs <dir-of-.graphql | manifest.json> <output-dir>');
  process.exit(2);
}

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

function documents() {
  if (statSync(input).isDirectory()) {
    return readdirSync(input).filter((name) => name.endsWith('.graphql')).sort()
      .map((name) => ({ source: name, body: readFileSync(join(input, name), 'utf8') }));
  }
  const json = JSON.parse(readFileSync(input, 'utf8'));
  if (Array.isArray(json.operations)) {
    return json.operations.map((op) => ({ source: op.name ?? op.id, id: op.id, body: op.body }));
  }
  return Object.entries(json).map(([id, body]) => ({ source: id, id: id.replace(/^sha256:/, ''), body }));
}

mkdirSync(output, { recursive: true });
let written = 0;
for (const { source, id, body } of documents()) {
  const hash = sha256(body);
  if (id && id.toLowerCase() !== hash) {
    console.error(`${source}: its id ${id} is not the SHA-256 of its text (${hash})`);
    process.exit(1);
  }
  writeFileSync(join(output, `${hash}.graphql`), body, 'utf8');
  console.log(`${hash}  ${source}`);
  written++;
}
console.log(`${written} documents written to ${output}`);
