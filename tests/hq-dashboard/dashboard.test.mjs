// Browser tests of the HQ dashboard: a real `waypoint-hq serve` on loopback port 0 over a
// database seeded by `seed_dashboard` (synthetic cases synced from three device stores, so a
// real conflict and a real tracing match exist), driven in Debian's headless Chromium.
//
// Binaries: $WAYPOINT_HQ_BIN and $WAYPOINT_SEED_BIN, else the debug builds under
// $CARGO_TARGET_DIR (default: target/). Screenshots go to $WAYPOINT_SCREENSHOTS (to refresh
// docs/screenshots/, point it there), else to a temporary folder, so a test run leaves the
// checkout as it was.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { carrying, requireInstalled, startHq, waitUntil } from '../support/processes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const target = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
const hqBin = process.env.WAYPOINT_HQ_BIN ?? join(target, 'debug', 'waypoint-hq');
const seedBin = process.env.WAYPOINT_SEED_BIN ?? join(target, 'debug', 'examples', 'seed_dashboard');
const shots = process.env.WAYPOINT_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'waypoint-hq-shots-'));

// Names of seeded people that an analyst must never see.
const NAMES = ['Amal', 'Yousef', 'Yonas', 'Hassan', 'Idris', 'أمل', 'يوسف'];

let dir, seed, server, base, browser;
// Chromium is started by Playwright (its own process group, killed on close and on Ctrl-C);
// this mark in its environment finds anything of it that outlives the close, such as a crash
// handler that left the group.
const BROWSER_MARK = `WAYPOINT_TEST_BROWSER=${randomUUID()}`;

before(async () => {
  const chromium_ = process.env.CHROMIUM ?? '/usr/bin/chromium';
  requireInstalled([
    ['headquarters', hqBin, 'cargo build -p waypoint-hq (or set WAYPOINT_HQ_BIN)'],
    ['the seeding example', seedBin, 'cargo build -p waypoint-scenarios --examples (or set WAYPOINT_SEED_BIN)'],
    ['Chromium', chromium_, 'apt install chromium (or set CHROMIUM)'],
  ]);
  dir = mkdtempSync(join(tmpdir(), 'waypoint-hq-dash-'));
  seed = JSON.parse(execFileSync(seedBin, [dir], { encoding: 'utf8' }));
  // Port 0: HQ prints the address it got; ready when it answers /health there.
  server = await startHq(hqBin, ['--db', seed.db]);
  base = server.url;
  // Playwright starts Chromium in a process group of its own, waits for its DevTools endpoint,
  // and kills the group on close and on Ctrl-C.
  const [markName, markValue] = BROWSER_MARK.split('=');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    env: { ...process.env, [markName]: markValue },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // HQ serves HTTPS with a certificate it made (devices pin it; a browser would ask once).
      '--ignore-certificate-errors',
    ],
  });
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  try {
    await browser?.close();
    await waitUntil('every Chromium process to be gone', 10_000, () => {
      const left = carrying(BROWSER_MARK);
      return left.length === 0 ? { ready: true } : { notYet: `processes ${left.map((p) => p.pid).join(', ')}` };
    });
  } finally {
    try {
      await server?.stop();
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
      if (!process.env.WAYPOINT_SCREENSHOTS) console.log(`screenshots: ${shots}`);
    }
  }
});

async function session(user, locale = 'en-GB') {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 }, locale });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.fill('input[name=name]', user);
  await page.fill('input[name=password]', seed.password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('form[action="/login"] button')]);
  return { context, page };
}

const shot = (page, name) => page.screenshot({ path: join(shots, `hq-${name}.png`) });

test('sign-in: a wrong password is refused, the right one opens the cases', async () => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await shot(page, 'login');
  await page.fill('input[name=name]', 'supervisor');
  await page.fill('input[name=password]', 'not the password');
  await page.click('form[action="/login"] button');
  await page.waitForURL(/failed=1/);
  assert.ok(await page.locator('.error').isVisible());
  await page.fill('input[name=name]', 'supervisor');
  await page.fill('input[name=password]', seed.password);
  await Promise.all([page.waitForURL(/\/cases/), page.click('form[action="/login"] button')]);
  const cookies = await context.cookies();
  // HQ serves HTTPS: the session cookie is `__Host-` (this host only, path /) and Secure.
  const sessionCookie = cookies.find((c) => c.name === '__Host-wp_session');
  assert.ok(sessionCookie, `the session cookie, among ${cookies.map((c) => c.name).join(', ')}`);
  assert.ok(sessionCookie.httpOnly);
  assert.ok(sessionCookie.secure);
  assert.equal(sessionCookie.sameSite, 'Strict');
  await context.close();
});

/** axe-core, injected into each page to check it (https://github.com/dequelabs/axe-core). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe rules turned off, each with its reason (none today). */
const AXE_OFF = {};

/** Serious and critical axe-core violations of the page as it is, and how many rules passed. */
async function axeCheck(page) {
  // Through DevTools, not a script tag: the dashboard's Content-Security-Policy allows no script.
  await page.evaluate(AXE);
  return page.evaluate(async (off) => {
    const rules = Object.fromEntries(Object.keys(off).map((id) => [id, { enabled: false }]));
    const r = await window.axe.run(document, { rules });
    const serious = (v) => v.impact === 'serious' || v.impact === 'critical';
    return {
      found: r.violations.filter(serious).map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 4).map((n) => n.target.join(' ')) })),
      minor: r.violations.filter((v) => !serious(v)).map((v) => `${v.id} (${v.impact})`),
      passed: r.passes.length,
    };
  }, AXE_OFF);
}

test('every page passes axe-core at the serious and critical levels, in English and Arabic', async () => {
  // Each page as a role that may open it; the sign-in page before signing in.
  const pages = [
    ['supervisor', '/cases'],
    ['supervisor', `/cases?q=${encodeURIComponent('Yousef')}`],
    ['supervisor', `/cases/${seed.full_case}`],
    ['supervisor', '/conflicts'],
    ['supervisor', '/matches'],
    ['supervisor', '/transfers'],
    ['supervisor', '/erasures'],
    ['supervisor', '/audit'],
    ['admin', '/devices'],
    ['admin', '/accounts'],
    ['admin', `/devices/revoke?device=${seed.devices[0]}`],
    ['admin', '/accounts/remove?name=analyst'],
    ['analyst', '/figures'],
    ['supervisor', '/audit?user=supervisor&action=login'],
    ['supervisor', `/erasures/confirm?case_id=${seed.full_case}&reason=entered_in_error`],
  ];
  let checked = 0;
  for (const locale of ['en-GB', 'ar']) {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 }, locale });
    const login = await context.newPage();
    await login.goto(`${base}/login`);
    if (locale === 'ar') assert.equal(await login.evaluate(() => document.documentElement.dir), 'rtl', 'in Arabic');
    let result = await axeCheck(login);
    assert.ok(result.passed > 10, 'axe ran');
    assert.deepEqual(result.found, [], `/login (${locale}): ${JSON.stringify(result.found, null, 1)}`);
    // A failed sign-in, with its message.
    await login.fill('input[name=name]', 'supervisor');
    await login.fill('input[name=password]', 'not the password at all');
    await login.click('form[action="/login"] button');
    await login.waitForLoadState();
    result = await axeCheck(login);
    assert.deepEqual(result.found, [], `failed sign-in (${locale}): ${JSON.stringify(result.found, null, 1)}`);
    checked += 2;
    await context.close();
    for (const user of ['supervisor', 'admin', 'analyst']) {
      const { context, page } = await session(user, locale);
      for (const [who, path] of pages.filter(([who]) => who === user)) {
        const response = await page.goto(`${base}${path}`);
        assert.equal(response.status(), 200, `${who} opens ${path}`);
        if (locale === 'ar') assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl', `${path} in Arabic`);
        const result = await axeCheck(page);
        assert.ok(result.passed > 10, `axe ran on ${path}`);
        if (result.minor.length > 0) console.log(`${path} (${locale}): minor or moderate: ${result.minor.join(', ')}`);
        assert.deepEqual(result.found, [], `${path} (${locale}): ${JSON.stringify(result.found, null, 1)}`);
        checked += 1;
        // The pages of need-to-know and of the anonymous counts, right to left, to look at.
        if (locale === 'ar' && ['/devices', '/accounts', '/figures'].includes(path)) await shot(page, `${path.slice(1)}-ar`);
        if (path === '/figures') {
          // Every label and value of a chart lies inside it, and no value over its bar (in
          // Arabic the labels were once drawn outside the image and the values over the bars).
          const misplaced = await page.evaluate(() => [...document.querySelectorAll('svg.chart')].flatMap((svg) => {
            const box = svg.getBoundingClientRect();
            const bars = [...svg.querySelectorAll('rect')].map((r) => r.getBoundingClientRect());
            return [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() !== '').flatMap((t) => {
              const b = t.getBoundingClientRect();
              const outside = b.left < box.left - 1 || b.right > box.right + 1;
              const over = bars.some((r) => r.width > 0 && b.top < r.bottom && b.bottom > r.top && b.left < r.right - 1 && b.right > r.left + 1);
              return outside || over ? [t.textContent] : [];
            });
          }));
          assert.deepEqual(misplaced, [], `chart texts misplaced (${locale})`);
        }
      }
      if (user === 'supervisor') {
        // A page that is not there.
        const missing = await page.goto(`${base}/cases/00000000-0000-7000-8000-000000000000`);
        assert.equal(missing.status(), 404);
        const result = await axeCheck(page);
        assert.deepEqual(result.found, [], `not found (${locale}): ${JSON.stringify(result.found, null, 1)}`);
        checked += 1;
      }
      await context.close();
    }
  }
  console.log(`accessibility (axe-core, serious and critical): ${checked} page views checked`);
});

test('the dashboard works by keyboard alone, with a focus one can see', async () => {
  const { context, page } = await session('supervisor');
  await page.goto(`${base}/cases`);
  // The first Tab reaches "skip to the content", which passes the header and the pages' links.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#content');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'q', 'the search is next');
  await page.keyboard.type('Yousef');
  await Promise.all([page.waitForURL(/q=Yousef/), page.keyboard.press('Enter')]);
  // Every control met on the way through the page shows where the focus is.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      const style = el ? getComputedStyle(el) : null;
      return { tag: el?.tagName, outline: style?.outlineStyle, width: style?.outlineWidth };
    });
    if (focus.tag === 'BODY') break;
    assert.notEqual(focus.outline, 'none', `a visible focus on ${focus.tag}`);
  }
  // Portrait, text at 200 %: nothing runs off the side (wide tables scroll in their own box).
  await page.setViewportSize({ width: 800, height: 1280 });
  for (const path of ['/cases', '/conflicts', '/matches', '/audit', `/cases/${seed.full_case}`]) {
    await page.goto(`${base}${path}`);
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} at 200 % fits the width (${overflow} px over)`);
  }
  await shot(page, 'case-review-portrait-200');
  await context.close();
  // The same in Arabic, right to left.
  const ar = await session('supervisor', 'ar');
  await ar.page.setViewportSize({ width: 800, height: 1280 });
  for (const path of ['/cases', '/conflicts', '/audit', `/cases/${seed.full_case}`]) {
    await ar.page.goto(`${base}${path}`);
    await ar.page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    const overflow = await ar.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} at 200 % in Arabic fits the width (${overflow} px over)`);
  }
  await shot(ar.page, 'case-review-portrait-200-ar');
  // A page that is not there says so, with the way back.
  const missing = await ar.page.goto(`${base}/cases/00000000-0000-7000-8000-000000000000`);
  assert.equal(missing.status(), 404);
  assert.equal(await ar.page.locator('main a.button').getAttribute('href'), '/cases');
  await ar.context.close();
});

test('a confirmation page opens only for a role that may do what it confirms', async () => {
  const refused = [
    ['supervisor', `/devices/revoke?device=${seed.devices[0]}`, 403],
    ['supervisor', '/accounts/remove?name=analyst', 403],
    ['analyst', `/erasures/confirm?case_id=${seed.full_case}&reason=entered_in_error`, 403],
    ['admin', '/accounts/remove?name=admin', 400],
    ['admin', '/devices/revoke', 404],
  ];
  for (const [user, path, status] of refused) {
    const { context, page } = await session(user);
    const response = await page.goto(`${base}${path}`);
    assert.equal(response.status(), status, `${user} on ${path}`);
    assert.ok(!(await page.locator('main form[method="post"]').count()), `no button to do it: ${user} on ${path}`);
    await context.close();
  }
});

test('find a case by a name in another script, and by its code; review it', async () => {
  const { context, page } = await session('supervisor');
  await page.goto(`${base}/cases`);
  await page.fill('input[name=q]', 'يوسف');
  await Promise.all([page.waitForURL(/q=/), page.click('form[role=search] button')]);
  const rows = page.locator('tbody tr');
  assert.ok((await rows.count()) >= 1);
  assert.ok(await page.locator(`a:text("${seed.found_code}")`).isVisible(), 'Amal Yousef found from Arabic script');
  await shot(page, 'case-search');
  await page.fill('input[name=q]', seed.found_code);
  await Promise.all([page.waitForURL(/q=/), page.click('form[role=search] button')]);
  await page.click(`a:text("${seed.found_code}")`);
  await page.waitForURL(new RegExp(`/cases/${seed.found_case}`));
  const text = await page.locator('main').innerText();
  assert.match(text, /Registration/);
  assert.match(text, /Consent/);
  assert.match(text, /Risk/);
  assert.match(text, /Amal/);
  // A case with every part filled in (synthetic), for the review screenshot.
  await page.goto(`${base}/cases/${seed.full_case}`);
  assert.match(await page.locator('main').innerText(), /Interview answers/);
  await page.screenshot({ path: join(shots, 'hq-case-review.png'), fullPage: true });
  await context.close();
});

test('resolve a conflict: both values side by side, then the case shows one', async () => {
  const { context, page } = await session('supervisor');
  await page.goto(`${base}/conflicts`);
  const conflict = page.locator('section.conflict', { hasText: seed.conflict_code });
  await conflict.waitFor();
  const values = conflict.locator('.value');
  assert.equal(await values.count(), 2);
  const both = await conflict.innerText();
  assert.match(both, /Kassala/);
  assert.match(both, /Khartoum/);
  assert.match(both, /officer-amina/);
  assert.match(both, /caseworker-lea/);
  await shot(page, 'conflicts');
  await Promise.all([
    page.waitForURL(/done=1/),
    values.filter({ hasText: 'Khartoum' }).locator('button').click(),
  ]);
  assert.equal(await page.locator('section.conflict', { hasText: seed.conflict_code }).count(), 0);
  await page.goto(`${base}/cases/${seed.conflict_case}`);
  const text = await page.locator('main').innerText();
  assert.match(text, /Khartoum/);
  assert.doesNotMatch(text, /Kassala/);
  await context.close();
});

test('confirm a tracing match across sites', async () => {
  const { context, page } = await session('supervisor');
  await page.goto(`${base}/matches`);
  const match = page.locator('section.match', { hasText: seed.found_code }).filter({ hasText: seed.seeker_code });
  await match.first().waitFor();
  await Promise.all([page.waitForURL(/done=1/), match.first().locator('button', { hasText: 'Confirm' }).click()]);
  const after = page.locator('section.match', { hasText: seed.found_code }).filter({ hasText: seed.seeker_code });
  assert.match(await after.first().innerText(), /Confirmed/);
  await context.close();
});

test('a possible duplicate across sites is confirmed as one person', async () => {
  const { context, page } = await session('supervisor');
  await page.goto(`${base}/matches`);
  const pair = () =>
    page.locator('section.duplicate').filter({ hasText: seed.conflict_code }).filter({ has: page.locator(`a[href="/cases/${seed.duplicate_case}"]`) });
  await pair().first().waitFor();
  await pair().first().scrollIntoViewIfNeeded();
  await shot(page, 'duplicates');
  await Promise.all([page.waitForURL(/done=1/), pair().first().locator('button', { hasText: 'Same person' }).click()]);
  assert.match(await pair().first().innerText(), /Confirmed as one person/);
  assert.equal(await pair().first().locator('button').count(), 0);
  await context.close();
});

test('an admin enrolls and revokes a device', async () => {
  const { context, page } = await session('admin');
  await page.goto(`${base}/devices`);
  await page.fill('input[name=site]', 'border-east');
  await page.click('form[action="/devices/enroll"] button');
  assert.match(await page.locator('#enrollment-code').innerText(), /border-east/);
  await page.goto(`${base}/devices`);
  await shot(page, 'devices');
  const row = page.locator(`tr[data-device="${seed.devices[0]}"]`);
  // Revoking asks once more, saying what it does; cancelling changes nothing.
  await Promise.all([page.waitForURL(/\/devices\/revoke\?device=/), row.locator('a').click()]);
  assert.match(await page.locator('main').innerText(), /wipe every case/);
  await Promise.all([page.waitForURL(/\/devices$/), page.click('main a[href="/devices"]')]);
  assert.doesNotMatch(await page.locator(`tr[data-device="${seed.devices[0]}"]`).innerText(), /Revoked/);
  await Promise.all([page.waitForURL(/\/devices\/revoke\?device=/), row.locator('a').click()]);
  await Promise.all([page.waitForURL(/done=1/), page.click('form[action="/devices/revoke"] button')]);
  assert.match(await page.locator(`tr[data-device="${seed.devices[0]}"]`).innerText(), /Revoked/);
  await context.close();
});

test('an admin adds an account, gives it another role, and removes it', async () => {
  const { context, page } = await session('admin');
  await page.goto(`${base}/accounts`);
  const add = page.locator('form[action="/accounts"]');
  await add.locator('input[name=name]').fill('nadia');
  await add.locator('select[name=role]').selectOption('interpreter');
  await add.locator('input[name=password]').fill(seed.password);
  await Promise.all([page.waitForURL(/done=1/), add.locator('button').click()]);
  const row = page.locator('tr[data-account="nadia"]');
  assert.match(await row.innerText(), /Interpreter/);
  // The admin's own row offers no change (nobody locks themselves out).
  assert.equal(await page.locator('tr[data-account="admin"] form').count(), 0);
  await shot(page, 'accounts');
  await row.locator('select[name=role]').selectOption('caseworker');
  await Promise.all([page.waitForURL(/done=1/), row.locator('form[action="/accounts/role"] button').click()]);
  assert.match(await page.locator('tr[data-account="nadia"]').innerText(), /Shelter caseworker/);
  const removeButton = page.locator('tr[data-account="nadia"] form[action="/accounts/remove"] button');
  // Asked once more, naming the account.
  await Promise.all([page.waitForURL(/\/accounts\/remove\?name=nadia/), removeButton.click()]);
  assert.match(await page.locator('main').innerText(), /nadia/);
  await Promise.all([page.waitForURL(/done=1/), page.click('main form[action="/accounts/remove"] button')]);
  assert.equal(await page.locator('tr[data-account="nadia"]').count(), 0);
  await context.close();
});

test('an analyst sees figures but no name, in the UI or through the API', async () => {
  const { context, page } = await session('analyst');
  assert.match(page.url(), /\/figures/);
  const text = await page.locator('body').innerText();
  // Small counts are hidden, all hidden cells alike.
  const cells = await page.locator('td.num').allInnerTexts();
  assert.ok(cells.includes('x') && !cells.some((c) => c.includes('<5')), cells.join(' '));
  assert.ok((await page.locator('svg.chart').count()) >= 6);
  for (const name of NAMES) assert.ok(!text.includes(name), `figures show ${name}`);
  // Cases the person did not agree to share are counted, from anonymous records only.
  assert.ok(text.includes('Not shared with headquarters'), 'the withheld row');
  assert.equal(await page.locator('nav a[href="/cases"]').count(), 0);
  await shot(page, 'figures');
  const csv = await page.request.get(`${base}/figures.csv`);
  assert.equal(csv.status(), 200);
  // A byte-order mark first, so that a spreadsheet opens Arabic and Ge'ez values as UTF-8.
  const csvBytes = await csv.body();
  assert.deepEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const csvText = csvBytes.subarray(3).toString('utf8');
  assert.ok(csvText.startsWith('dimension,value,month,count'));
  assert.match(csvText, /^nationality,withheld,all,6$/m, 'six cases counted without their nationality');
  for (const name of NAMES) assert.ok(!csvText.includes(name));
  for (const path of ['/api/cases?q=Amal', `/api/cases/${seed.found_case}`, '/api/conflicts', '/api/matches', '/api/duplicates']) {
    const r = await page.request.get(`${base}${path}`);
    assert.equal(r.status(), 403, path);
    const body = await r.text();
    for (const name of NAMES) assert.ok(!body.includes(name), `${path} leaks ${name}`);
  }
  const pageResponse = await page.goto(`${base}/cases/${seed.found_case}`);
  assert.equal(pageResponse.status(), 403);
  const refused = await page.locator('body').innerText();
  for (const name of NAMES) assert.ok(!refused.includes(name));
  await context.close();
});

test('the dashboard in Arabic is laid out right to left', async () => {
  const { context, page } = await session('supervisor', 'ar');
  await page.goto(`${base}/cases?q=${encodeURIComponent('Yousef')}`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  await shot(page, 'case-search-ar');
  // Times in the reader's date pattern and digits, saying UTC.
  await page.goto(`${base}/audit`);
  const first = await page.locator('td.when').first().innerText();
  assert.match(first, /UTC/);
  assert.match(first, /[٠-٩]/, `Arabic-Indic digits: ${first}`);
  await shot(page, 'audit-ar');
  // Chosen explicitly, the language sticks (cookie), whatever the browser asks for.
  await page.goto(`${base}/lang?set=en&back=/cases`);
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  await context.close();
});

test('a supervisor orders an erasure with a reason; the audit trail shows who, what and when, never a name', async () => {
  const { context, page } = await session('supervisor');
  await page.goto(`${base}/erasures`);
  await page.fill('input[name=case_id]', seed.conflict_case);
  await page.selectOption('select[name=reason]', 'entered_in_error');
  // Asked once more, naming the case.
  await Promise.all([page.waitForURL(/\/erasures\/confirm/), page.click('form[action="/erasures/confirm"] button')]);
  assert.match(await page.locator('main').innerText(), new RegExp(seed.conflict_code));
  await Promise.all([page.waitForURL(/done=1/), page.click('form[action="/erasures"] button')]);
  assert.match(await page.locator('tbody').innerText(), new RegExp(seed.conflict_case));
  const gone = await page.goto(`${base}/cases/${seed.conflict_case}`);
  assert.equal(gone.status(), 404);
  await page.goto(`${base}/audit`);
  const audit = await page.locator('main').innerText();
  assert.match(audit, /case\.erase/);
  assert.match(audit, /reason=entered_in_error/);
  assert.match(audit, /conflict\.resolve/);
  for (const name of NAMES) assert.ok(!audit.includes(name), `audit shows ${name}`);
  await shot(page, 'audit');
  await context.close();
});
