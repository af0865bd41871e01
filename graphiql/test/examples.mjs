// The example tabs GraphiQL opens with are valid documents against schema.graphqls, and their
// variables are valid JSON. A tab that uses a type the schema does not have yet (tags, before
// tagging exists) is reported and left out rather than failed.
// Usage: node test/examples.mjs ../schema.graphqls
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate, visit } from 'graphql';
import { exampleTabs } from '../src/examples.js';

const schema = buildSchema(readFileSync(process.argv[2], 'utf8'));
const problems = [];
let checked = 0;
for (const tab of exampleTabs) {
  const document = parse(tab.query);
  const names = document.definitions.map((definition) => definition.name?.value ?? '(anonymous)').join(', ');
  const errors = validate(schema, document);
  const unknownTypes = new Set();
  visit(document, {
    Field(node) {
      if (node.name.value === 'tags' || node.name.value === 'tag') {
        unknownTypes.add('Tag');
      }
    },
  });
  if (errors.length > 0 && [...unknownTypes].some((type) => !schema.getType(type))) {
    console.log(`left out (the schema has no ${[...unknownTypes].join(', ')} yet): ${names}`);
    continue;
  }
  errors.forEach((error) => problems.push(`${names}: ${error.message}`));
  for (const json of [tab.variables, tab.headers]) {
    if (json) {
      JSON.parse(json);
    }
  }
  checked++;
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`ok: ${checked} example tabs are valid against the schema`);
