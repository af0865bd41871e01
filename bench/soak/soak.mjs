// The client of bench/soak-subscriptions.sh: opens graphql-ws subscribers in steps on one post,
// writes comments with plain SQL at a fixed rate, and measures each event's latency from the
// moment before its INSERT to its arrival at each client. A step holds when every subscriber got
// every event once, in order, with no socket closed. Stops at the first step that does not hold,
// or at SOAK_MAX subscribers. Loopback only.
import WebSocket from 'ws';
import pg from 'pg';
import { readFileSync } from 'node:fs';

const env = process.env;
const URL = env.SOAK_URL ?? 'ws://127.0.0.1:8185/graphql';
const DATABASE = env.SOAK_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:8195/postgres';
const STEP = Number(env.SOAK_STEP ?? 2000);
const MAX = Number(env.SOAK_MAX ?? 12000);
const RATE = Number(env.SOAK_RATE ?? 2);           // comments per second while measuring
const EVENTS = Number(env.SOAK_EVENTS ?? 20);      // measured comments per step
const WAIT_MS = Number(env.SOAK_WAIT_MS ?? 60000); // how long a step waits for stragglers
const SERVER_PID = env.SOAK_SERVER_PID;
const OPENING = 50;                                // connections opened at once

const DOCUMENT = 'subscription($postId: ID!, $after: String) { commentEvents(postId: $postId, after: $after) '
  + '{ cursor kind comment { body } } }';
const globalId = (type, id) => Buffer.from(`${type}:${id}`).toString('base64url');
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const db = new pg.Client(DATABASE);
await db.connect();
const author = (await db.query(`insert into author (username, email) values ('soak_' || floor(random() * 1e9)::text,
  'soak_' || floor(random() * 1e9)::text || '@example.com') returning id`)).rows[0].id;
const post = (await db.query(`insert into post (author_id, title, body) values ($1, 'Soak', 'Soak') returning id`,
  [author])).rows[0].id;
const postId = globalId('Post', post);
let sequence = 0;
async function write(tag) {
  const seq = ++sequence;
  await db.query('insert into comment (post_id, author_id, body) values ($1, $2, $3)',
    [post, author, `${tag}:${seq}:${now().toFixed(3)}`]);
  return seq;
}

class Subscriber {
  constructor() {
    this.seen = new Map();   // seq -> times received
    this.lastSeq = 0;
    this.outOfOrder = 0;
    this.failed = null;
    this.cursor = null;
  }

  open(after) {
    return new Promise((resolve, reject) => {
      // A server too busy to acknowledge within the wait counts as a subscriber it did not hold.
      const timer = setTimeout(() => { this.failed ??= 'no connection_ack in time'; reject(new Error(this.failed)); },
        WAIT_MS);
      const ws = new WebSocket(URL, 'graphql-transport-ws');
      this.ws = ws;
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
      ws.on('message', (data) => {
        const arrived = now();
        const message = JSON.parse(data);
        if (message.type === 'connection_ack') {
          clearTimeout(timer);
          ws.send(JSON.stringify({ id: '1', type: 'subscribe',
            payload: { query: DOCUMENT, variables: { postId, after } } }));
          resolve();
        }
        else if (message.type === 'ping') {
          ws.send('{"type":"pong"}');
        }
        else if (message.type === 'next') {
          const event = message.payload.data.commentEvents;
          const [tag, seq, sent] = event.comment.body.split(':');
          const n = Number(seq);
          this.seen.set(n, (this.seen.get(n) ?? 0) + 1);
          if (n <= this.lastSeq) this.outOfOrder++;
          this.lastSeq = n;
          this.cursor = event.cursor;
          if (tag === 'm') latencies.push(arrived - Number(sent));
        }
        else {
          this.failed = `${message.type}: ${JSON.stringify(message.payload)}`;
        }
      });
      ws.on('close', (code, reason) => { this.failed ??= `closed ${code} ${reason}`; reject(new Error(this.failed)); });
      ws.on('error', (error) => { this.failed ??= `error ${error.message}`; reject(error); });
    });
  }
}

let latencies = [];
const subscribers = [];
function allHave(seqs) {
  return subscribers.every((s) => s.failed || seqs.every((seq) => s.seen.has(seq)));
}
async function waitFor(seqs, deadline) {
  while (!allHave(seqs) && Date.now() < deadline) await sleep(50);
  return allHave(seqs);
}
function residentMegabytes() {
  if (!SERVER_PID) return '';
  const status = readFileSync(`/proc/${SERVER_PID}/status`, 'utf8');
  return String(Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024));
}
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

// A first subscriber learns a cursor; every later one starts after the newest cursor, so none
// misses an event for subscribing late (its catch-up reads it from the outbox).
const first = new Subscriber();
subscribers.push(first);
await first.open(undefined);
let probe;
do { probe = await write('p'); await sleep(200); } while (!first.seen.has(probe));

let held = 0;
console.log('subscribers\tevents\tmedian_ms\tp99_ms\tmax_ms\tlost\ttwice\tout_of_order\tfailed\tserver_rss_mb');
while (subscribers.length < MAX) {
  const target = Math.min(MAX, subscribers.length === 1 ? STEP : subscribers.length + STEP);
  const after = first.cursor;
  let openFailed = 0;
  while (subscribers.length < target) {
    const batch = [];
    for (let i = 0; i < OPENING && subscribers.length < target; i++) {
      const s = new Subscriber();
      subscribers.push(s);
      batch.push(s.open(after).catch(() => openFailed++));
    }
    await Promise.all(batch);
  }
  // Every subscriber live (its catch-up done) before measuring: one probe event reaches all.
  const warm = await write('p');
  await waitFor([warm], Date.now() + WAIT_MS);
  latencies = [];
  const measured = [];
  const started = Date.now();
  for (let i = 0; i < EVENTS; i++) {
    measured.push(await write('m'));
    const next = started + ((i + 1) * 1000) / RATE;
    if (next > Date.now()) await sleep(next - Date.now());
  }
  await waitFor(measured, Date.now() + WAIT_MS);
  let lost = 0; let twice = 0; let outOfOrder = 0; let failed = 0;
  for (const s of subscribers) {
    if (s.failed) failed++;
    for (const seq of measured) {
      const times = s.seen.get(seq) ?? 0;
      if (times === 0) lost++;
      if (times > 1) twice++;
    }
    outOfOrder += s.outOfOrder;
  }
  const sorted = latencies.sort((a, b) => a - b);
  console.log([subscribers.length, sorted.length, percentile(sorted, 0.5).toFixed(1), percentile(sorted, 0.99).toFixed(1),
    sorted[sorted.length - 1].toFixed(1), lost, twice, outOfOrder, failed + openFailed, residentMegabytes()].join('\t'));
  if (lost || twice || outOfOrder || failed || openFailed) break;
  held = subscribers.length;
  for (const s of subscribers) s.seen.clear();
}
console.log(`largest N held: ${held} subscribers (every event to every subscriber, once, in order)`);
for (const s of subscribers) s.ws.terminate();
await db.end();
process.exit(0);
