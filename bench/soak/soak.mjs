// The client of bench/soak-subscriptions.sh. A coordinator (this file) creates the posts, forks
// worker processes (this file again, with SOAK_WORKER set) that each hold a share of the
// graphql-ws connections from a loopback address of their own (127.0.0.2-5: no ephemeral-port
// exhaustion, and no process past its open-file limit), adds connections in steps, and at each
// step writes comments with plain SQL at a fixed rate, round robin over the posts. Each comment
// carries its sequence number and the time just before its INSERT; workers measure each event's
// latency to each subscription and count events lost, received twice or out of order. A step
// holds when every subscription got every event of its post once, in order, with no connection
// closed. Stops at the first step that does not hold, or at SOAK_SOCKETS connections.
import WebSocket from 'ws';
import pg from 'pg';
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const env = process.env;
const URL = env.SOAK_URL ?? 'ws://127.0.0.1:8185/graphql';
const WAIT_MS = Number(env.SOAK_WAIT_MS ?? 60000); // how long a step waits for stragglers
const DOCUMENT = 'subscription($postId: ID!) { commentEvents(postId: $postId) '
  + '{ cursor kind comment { body author { username } } } }';
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

if (env.SOAK_WORKER) await worker(); else await coordinator();

// ---------------------------------------------------------------------------------------------
// Worker: holds connections, two subscriptions each, and measures what arrives.

async function worker() {
  const host = env.SOAK_HOST;
  const OPENING = 50;  // connections opened at once
  const subscriptions = [];  // { post, seen: Map<seq, times>, lastSeq, outOfOrder, failed }
  const sockets = [];
  let latencies = [];

  function open(posts) {
    const subs = posts.map((post) => ({ post, seen: new Map(), lastSeq: 0, outOfOrder: 0, failed: null }));
    subscriptions.push(...subs);
    return new Promise((resolve) => {
      const fail = (why) => { for (const s of subs) s.failed ??= why; resolve(false); };
      const timer = setTimeout(() => fail('no connection_ack in time'), WAIT_MS);
      const ws = new WebSocket(URL, 'graphql-transport-ws', { localAddress: host, perMessageDeflate: false });
      sockets.push(ws);
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      ws.on('message', (data) => {
        const arrived = now();
        const message = JSON.parse(data);
        if (message.type === 'next') {
          const s = subs[Number(message.id)];
          const [tag, seq, sent] = message.payload.data.commentEvents.comment.body.split(':');
          const n = Number(seq);
          s.seen.set(n, (s.seen.get(n) ?? 0) + 1);
          if (n <= s.lastSeq) s.outOfOrder++;
          s.lastSeq = n;
          if (tag === 'm') latencies.push(arrived - Number(sent));
        }
        else if (message.type === 'connection_ack') {
          clearTimeout(timer);
          subs.forEach((s, i) => ws.send(JSON.stringify({ id: String(i), type: 'subscribe',
            payload: { query: DOCUMENT, variables: { postId: s.post } } })));
          resolve(true);
        }
        else if (message.type === 'ping') {
          ws.send('{"type":"pong"}');
        }
        else if (message.type !== 'pong') {
          const s = subs[Number(message.id)];
          if (s) s.failed ??= `${message.type}: ${JSON.stringify(message.payload)}`;
        }
      });
      ws.on('close', (code, reason) => fail(`closed ${code} ${reason}`));
      ws.on('error', (error) => fail(`error ${error.message}`));
    });
  }

  const have = (seqsByPost) => subscriptions.every((s) => s.failed
    || (seqsByPost[s.post] ?? []).every((seq) => s.seen.has(seq)));

  process.on('message', async (command) => {
    if (command.type === 'open') {
      let failed = 0;
      for (let i = 0; i < command.connections.length; i += OPENING) {
        const results = await Promise.all(command.connections.slice(i, i + OPENING).map(open));
        failed += results.filter((ok) => !ok).length;
      }
      process.send({ type: 'opened', failed });
    }
    else if (command.type === 'wait') {
      const deadline = Date.now() + WAIT_MS;
      while (!have(command.seqsByPost) && Date.now() < deadline) await sleep(50);
      process.send({ type: 'waited' });
    }
    else if (command.type === 'reset') {
      latencies = [];
      for (const s of subscriptions) { s.seen.clear(); }
      process.send({ type: 'reset' });
    }
    else if (command.type === 'report') {
      let lost = 0; let twice = 0; let outOfOrder = 0; let failed = 0;
      const failures = new Map();
      for (const s of subscriptions) {
        if (s.failed) { failed++; failures.set(s.failed, (failures.get(s.failed) ?? 0) + 1); }
        for (const seq of command.seqsByPost[s.post] ?? []) {
          const times = s.seen.get(seq) ?? 0;
          if (times === 0) lost++;
          if (times > 1) twice++;
        }
        outOfOrder += s.outOfOrder;
        s.outOfOrder = 0;
      }
      process.send({ type: 'report', latencies, lost, twice, outOfOrder, failed,
        failures: [...failures.entries()].slice(0, 3) });
    }
    else if (command.type === 'close') {
      for (const ws of sockets) ws.terminate();
      process.exit(0);
    }
  });
  process.send({ type: 'started' });
}

// ---------------------------------------------------------------------------------------------
// Coordinator: posts, steps, the writer, the figures.

async function coordinator() {
  const DATABASE = env.SOAK_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:8195/postgres';
  const SOCKETS = Number(env.SOAK_SOCKETS ?? 10000);          // connections at the last step
  const STEP = Number(env.SOAK_STEP ?? 2500);                 // connections added per step
  const PER_SOCKET = Number(env.SOAK_PER_SOCKET ?? 2);        // subscriptions per connection
  const POSTS = Number(env.SOAK_POSTS ?? 20);
  const RATE = Number(env.SOAK_RATE ?? 5);                    // comments per second while measuring
  const EVENTS = Number(env.SOAK_EVENTS ?? 100);              // measured comments per step
  const HOSTS = (env.SOAK_HOSTS ?? '127.0.0.2,127.0.0.3,127.0.0.4,127.0.0.5').split(',');
  const SERVER_PID = env.SOAK_SERVER_PID;
  const globalId = (type, id) => Buffer.from(`${type}:${id}`).toString('base64url');

  const db = new pg.Client(DATABASE);
  await db.connect();
  const author = (await db.query(`insert into author (username, email) values ('soak_' || floor(random() * 1e9)::text,
    'soak_' || floor(random() * 1e9)::text || '@example.com') returning id`)).rows[0].id;
  const posts = [];
  for (let i = 0; i < POSTS; i++) {
    posts.push((await db.query(`insert into post (author_id, title, body) values ($1, 'Soak', 'Soak') returning id`,
      [author])).rows[0].id);
  }
  const postIds = posts.map((id) => globalId('Post', id));
  let sequence = 0;
  async function write(tag, post) {
    const seq = ++sequence;
    await db.query('insert into comment (post_id, author_id, body) values ($1, $2, $3)',
      [post, author, `${tag}:${seq}:${now().toFixed(3)}`]);
    return seq;
  }

  // Workers, one per loopback address; replies come in order, one per command.
  const workers = HOSTS.map((host) => {
    const child = fork(fileURLToPath(import.meta.url), [], { env: { ...env, SOAK_WORKER: '1', SOAK_HOST: host } });
    const replies = [];
    const waiting = [];
    child.on('message', (message) => (waiting.length ? waiting.shift()(message) : replies.push(message)));
    child.next = () => (replies.length ? Promise.resolve(replies.shift()) : new Promise((r) => waiting.push(r)));
    return child;
  });
  await Promise.all(workers.map((w) => w.next()));
  const all = async (command) => {
    workers.forEach((w) => w.send(command));
    return Promise.all(workers.map((w) => w.next()));
  };

  const status = (field) => {
    if (!SERVER_PID) return '';
    const text = readFileSync(`/proc/${SERVER_PID}/status`, 'utf8');
    return String(Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)[1]) / 1024));
  };
  const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const seqsOf = (written) => {
    const byPost = {};
    for (const [seq, post] of written) (byPost[post] ??= []).push(seq);
    return byPost;
  };

  let connections = 0;
  let held = 0;
  console.log('connections\tsubscriptions\tevents\tdelivered\tmedian_ms\tp99_ms\tmax_ms\tlost\ttwice\tout_of_order'
    + '\tfailed\tserver_rss_mb\tserver_peak_rss_mb');
  while (connections < SOCKETS) {
    const target = Math.min(SOCKETS, connections + STEP);
    // Connection i subscribes to posts i, i+1, ... (mod POSTS): every post gets the same number.
    const shares = workers.map(() => []);
    for (let i = connections; i < target; i++) {
      shares[i % workers.length].push(Array.from({ length: PER_SOCKET }, (_, k) => postIds[(i + k) % POSTS]));
    }
    workers.forEach((w, k) => w.send({ type: 'open', connections: shares[k] }));
    const opened = await Promise.all(workers.map((w) => w.next()));
    const openFailed = opened.reduce((sum, reply) => sum + reply.failed, 0);
    connections = target;

    // Every subscription live before measuring: one probe per post reaches all of them.
    const probes = [];
    for (const [k, post] of posts.entries()) probes.push([await write('p', post), postIds[k]]);
    await all({ type: 'wait', seqsByPost: seqsOf(probes) });
    await all({ type: 'reset' });

    const written = [];
    const started = Date.now();
    for (let i = 0; i < EVENTS; i++) {
      written.push([await write('m', posts[i % POSTS]), postIds[i % POSTS]]);
      const next = started + ((i + 1) * 1000) / RATE;
      if (next > Date.now()) await sleep(next - Date.now());
    }
    const seqsByPost = seqsOf(written);
    await all({ type: 'wait', seqsByPost });
    const reports = await all({ type: 'report', seqsByPost });
    const latencies = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const sum = (field) => reports.reduce((total, r) => total + r[field], 0);
    const [lost, twice, outOfOrder, failed] = ['lost', 'twice', 'outOfOrder', 'failed'].map(sum);
    const subscriptions = connections * PER_SOCKET;
    console.log([connections, subscriptions, EVENTS, latencies.length, percentile(latencies, 0.5).toFixed(1),
      percentile(latencies, 0.99).toFixed(1), latencies[latencies.length - 1].toFixed(1), lost, twice, outOfOrder,
      failed + openFailed, status('VmRSS'), status('VmHWM')].join('\t'));
    for (const [why, count] of reports.flatMap((r) => r.failures)) console.log(`  ${count} failed: ${why}`);
    if (lost || twice || outOfOrder || failed || openFailed) break;
    held = subscriptions;
  }
  console.log(`largest number held: ${held} subscriptions on ${held / PER_SOCKET} connections `
    + '(every event to every subscription of its post, once, in order)');
  workers.forEach((w) => w.send({ type: 'close' }));
  await db.end();
  process.exit(0);
}
