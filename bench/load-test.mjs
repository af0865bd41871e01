// A bounded load test on loopback: 64 concurrent clients for 60 s against a running Inkwell, a mix of
// reads, writes (comments by signed-in authors) and hostile requests (the 100^4 query, the largest
// allowed thread, malformed bodies, alias floods). Stops by itself, then checks: zero 5xx, every
// acknowledged comment counted in the database (totalCount of the test's own posts), and
// `{ __typename }` answered within a second. Prints p50/p99 per kind. No npm packages needed.
//
//   node bench/load-test.mjs http://127.0.0.1:8186/graphql [clients=64] [seconds=60]
const [url = 'http://127.0.0.1:8186/graphql', clientsArg = '64', secondsArg = '60'] = process.argv.slice(2);
if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) {
  console.error('loopback only: the URL must be http://127.0.0.1:… or http://localhost:…');
  process.exit(2);
}
const CLIENTS = Number(clientsArg);
const SECONDS = Number(secondsArg);
const AUTHORS = 8;

async function graphql(query, variables = {}, token, raw) {
  const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: raw ?? JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000) });
  const text = await response.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* a non-JSON answer is counted by its status */ }
  return { status: response.status, json };
}

const run = Date.now().toString(36);
const authors = [];
for (let i = 0; i < AUTHORS; i++) {
  const registered = await graphql('mutation($i: RegisterInput!) { register(input: $i) { token } }', { i: {
    username: `load_${run}_${i}`, email: `load_${run}_${i}@example.com`, password: 'correct horse battery', displayName: `Load ${i}` } });
  const token = registered.json?.data?.register?.token;
  if (!token) throw new Error(`register failed: ${JSON.stringify(registered.json)}`);
  const post = await graphql('mutation($t: String!) { createPost(input: {title: $t, body: "Load test"}) { id } }',
    { t: `Load ${run} ${i}` }, token);
  authors.push({ token, postId: post.json.data.createPost.id });
}
const posts = (await graphql('{ posts(first: 20) { edges { node { id } } } }')).json.data.posts.edges.map((e) => e.node.id);

const HUNDRED_TO_THE_FOURTH = '{ posts(first: 100) { edges { node { comments(first: 100) { edges { node { author { posts(first: 100) { edges { node { comments(first: 100) { edges { node { body } } } } } } } } } } } } } }';
const kinds = {
  read: () => graphql('query Feed { posts(first: 50) { edges { node { title author { username } comments(first: 10) { edges { node { body author { username } } } } } } } }'),
  readPost: () => graphql('query($id: ID!) { post(id: $id) { title commentCount comments(first: 20) { totalCount edges { node { body } } } } }',
    { id: posts[Math.floor(Math.random() * posts.length)] }),
  write: async (client) => {
    const author = authors[client % AUTHORS];
    const answer = await graphql('mutation($p: ID!, $b: String!) { addComment(input: {postId: $p, body: $b}) { id } }',
      { p: author.postId, b: `load comment ${client} ${Date.now()}` }, author.token);
    if (answer.json?.data?.addComment?.id && !answer.json.errors) acknowledged[author.postId] = (acknowledged[author.postId] ?? 0) + 1;
    return answer;
  },
  hostileCost: () => graphql(HUNDRED_TO_THE_FOURTH),
  hostileLargest: () => graphql('query($id: ID!) { post(id: $id) { thread(first: 5000) { edges { depth node { id body author { username } } } } } }',
    { id: posts[0] }),
  hostileMalformed: () => graphql(null, null, null, '{"query": "{ posts(first: 1) { edges { node { title } } }", "variables": [1'),
  hostileAliases: () => graphql(`{ ${Array.from({ length: 60 }, (_, i) => `a${i}: posts(first: 100) { totalCount }`).join(' ')} }`),
};
const acknowledged = {};
const latencies = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
const statuses = {};
const codes = {};

function pickKind(client) {
  if (client % 4 === 3) return ['hostileCost', 'hostileLargest', 'hostileMalformed', 'hostileAliases'][Math.floor(Math.random() * 4)];
  const r = Math.random();
  return r < 0.2 ? 'write' : r < 0.6 ? 'read' : 'readPost';
}

const deadline = Date.now() + SECONDS * 1000;
let failures = 0;
await Promise.all(Array.from({ length: CLIENTS }, async (_, client) => {
  while (Date.now() < deadline) {
    const kind = pickKind(client);
    const started = performance.now();
    try {
      const answer = await kinds[kind](client);
      latencies[kind].push(performance.now() - started);
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      for (const error of answer.json?.errors ?? []) codes[error.extensions?.code] = (codes[error.extensions?.code] ?? 0) + 1;
    } catch (error) {
      failures++;
      statuses[`failed: ${error.name}`] = (statuses[`failed: ${error.name}`] ?? 0) + 1;
    }
  }
}));

const aliveStarted = performance.now();
const alive = await graphql('{ __typename }');
const aliveMillis = performance.now() - aliveStarted;

let lost = 0;
let written = 0;
for (const author of authors) {
  const counted = await graphql('query($id: ID!) { post(id: $id) { comments(first: 0) { totalCount } } }', { id: author.postId });
  const inDatabase = counted.json.data.post.comments.totalCount;
  written += acknowledged[author.postId] ?? 0;
  if (inDatabase < (acknowledged[author.postId] ?? 0)) lost += (acknowledged[author.postId] ?? 0) - inDatabase;
}

const percentile = (values, p) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const all = Object.values(latencies).flat();
console.log(`${CLIENTS} clients, ${SECONDS} s, ${all.length} answers (${(all.length / SECONDS).toFixed(0)}/s), ${failures} failed connections`);
for (const [kind, values] of Object.entries(latencies)) {
  console.log(`  ${kind.padEnd(16)} ${String(values.length).padStart(6)}  p50 ${percentile(values, 50).toFixed(0).padStart(5)} ms  p99 ${percentile(values, 99).toFixed(0).padStart(5)} ms`);
}
console.log(`  all              ${String(all.length).padStart(6)}  p50 ${percentile(all, 50).toFixed(0).padStart(5)} ms  p99 ${percentile(all, 99).toFixed(0).padStart(5)} ms`);
console.log(`statuses ${JSON.stringify(statuses)}`);
console.log(`error codes ${JSON.stringify(codes)}`);
const fiveXx = Object.entries(statuses).filter(([s]) => /^5/.test(s) && s !== '503').reduce((n, [, c]) => n + c, 0);
console.log(`acknowledged comments ${written}, in the database ${written - lost}, lost ${lost}`);
console.log(`{ __typename } after the run: ${alive.status} in ${aliveMillis.toFixed(0)} ms`);
const ok = fiveXx === 0 && failures === 0 && lost === 0 && alive.status === 200 && aliveMillis < 1000;
console.log(ok ? 'PASS' : 'FAIL');
process.exit(ok ? 0 : 1);
