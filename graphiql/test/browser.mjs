// The explorer in a browser that reaches nothing but loopback: loads /graphiql, runs the first
// example tab, and checks that the result and the SQL panel's statement count appear, then asks
// for plans and checks that each statement has one.
// Usage: node test/browser.mjs http://127.0.0.1:PORT [screenshot.png]
// Exits non-zero with a message on any failure; the JUnit test ExplorerBrowserIntegrationTests runs it.
import puppeteer from 'puppeteer-core';

const [base, screenshot] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const timeout = 90_000;

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    // Every host but loopback is unreachable, as on a machine without internet access.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    '--window-size=1400,900',
  ],
  defaultViewport: { width: 1400, height: 900 },
});
const offHost = [];
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      offHost.push(request.url());
    }
  });
  await page.goto(`${base}/graphiql`, { waitUntil: 'load', timeout });
  await page.waitForSelector('.graphiql-execute-button');
  // The first example tab is active on a fresh browser: run it.
  await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.innerText.includes('FrontPage'));
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelector('.result-window')?.innerText.includes('totalCount'));
  await page.waitForSelector('[data-testid="sql-count"]');
  const count = Number(await page.$eval('[data-testid="sql-count"]', (element) => element.textContent));
  const statements = await page.$$eval('[data-testid="sql-statement"]', (elements) => elements.length);
  if (!(count > 0) || statements !== count) {
    throw new Error(`the SQL panel shows count ${count} and ${statements} statements`);
  }
  // Plans on demand: ask for them and run again; every statement then has its plan.
  await page.click('[data-testid="sql-explain"]');
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(
    (expected) => document.querySelectorAll('.inkwell-sql-plan').length === expected,
    {},
    count,
  );
  await page.click('.inkwell-sql-plan summary');
  const plan = await page.$eval('.inkwell-sql-plan pre', (element) => element.textContent);
  if (!plan.includes('actual time=')) {
    throw new Error(`the first plan is not an EXPLAIN ANALYZE: ${plan.slice(0, 200)}`);
  }
  if (offHost.length > 0) {
    throw new Error(`the page asked for hosts other than loopback: ${offHost.join(', ')}`);
  }
  if (screenshot) {
    await page.screenshot({ path: screenshot });
  }
  console.log(`ok: result shown, SQL panel lists ${count} statements, each with its plan on demand`);
} finally {
  await browser.close();
}
