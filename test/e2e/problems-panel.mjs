// The Problems panel as a user reads it (issue 14: "the Problems panel cuts every row after
// about 75 characters, so the advice never shows"). Two fresh copies of the drafts, English
// and Japanese, are opened in a full-HD window with the explorer open; every row of the
// panel is scrolled into view (the list is virtual: only the rows on screen are in the
// page), and the text the row actually shows is read from the DOM: the characters of its
// rendered label that lie inside the label's clipped box, less the room the ellipsis takes
// when the label overflows. Each row must show its message's advice, the "what to do" after
// the semicolon (English) or the first 「。」 (Japanese).
import fs from 'node:fs';
import path from 'node:path';

/** The files this check opens: copies of the drafts, so earlier steps' edits do not matter. */
export const PROBLEM_FILES = [
  { rel: 'problems/panel-en.md', from: 'examples/draft-proposal-en.md', lang: 'en' },
  { rel: 'problems/panel-ja.md', from: 'examples/draft-proposal-ja.md', lang: 'ja' },
];

/** Puts the copies into the workspace (before code-server starts). */
export function addProblemFiles(root, workspace) {
  for (const f of PROBLEM_FILES) {
    fs.mkdirSync(path.dirname(path.join(workspace, f.rel)), { recursive: true });
    fs.copyFileSync(path.join(root, f.from), path.join(workspace, f.rel));
  }
}

/**
 * The advice part of a message: after the last "; " or ". " in English, after the first
 * 「。」 that does not end the message in Japanese (lang defaults to the message's script).
 * A message with no advice part returns null (every finding message says what to do).
 */
export function adviceOf(message, lang = /[\u3040-\u30ff\u4e00-\u9fff]/.test(message) ? 'ja' : 'en') {
  if (lang === 'ja') {
    const i = message.indexOf('。');
    return i >= 0 && i < message.length - 1 ? message.slice(i + 1) : null;
  }
  const m = /^.*[;.] (?=\S)/s.exec(message);
  return m ? message.slice(m[0].length) : null;
}

// Runs in the page: what each rendered Problems row shows.
function readRows() {
  const clipBox = (el) => {
    let { left, right, top, bottom } = el.getBoundingClientRect();
    for (let a = el.parentElement; a; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
        const r = a.getBoundingClientRect();
        left = Math.max(left, r.left); right = Math.min(right, r.right);
        top = Math.max(top, r.top); bottom = Math.min(bottom, r.bottom);
      }
    }
    return { left: Math.max(left, 0), right: Math.min(right, innerWidth), top: Math.max(top, 0), bottom: Math.min(bottom, innerHeight) };
  };
  const canvas = document.createElement('canvas').getContext('2d');
  const list = document.querySelector('.markers-panel .tree-container .monaco-list');
  const listBox = list ? list.getBoundingClientRect() : null;
  // The tree pins the current file's row over the top of the list (sticky scroll): rows under it are hidden.
  const sticky = list ? list.querySelector('.monaco-tree-sticky-container') : null;
  const top = Math.max(listBox ? listBox.top : 0, sticky && sticky.getBoundingClientRect().height > 0 ? sticky.getBoundingClientRect().bottom : 0);
  const out = [];
  for (const row of document.querySelectorAll('.markers-panel .tree-container .monaco-list-rows > .monaco-list-row[data-index]')) {
    const index = Number(row.dataset.index);
    const r = row.getBoundingClientRect();
    const whole = listBox && r.top >= top - 0.5 && r.bottom <= listBox.bottom + 0.5;
    const msg = row.querySelector('.marker-message-details-container .marker-message');
    if (!msg) {
      // A file row: its name and the count badge.
      const label = row.querySelector('.monaco-icon-label .label-name, .label-name');
      const badge = row.querySelector('.monaco-count-badge');
      out.push({ index, kind: 'file', whole, name: label ? label.textContent.trim() : row.textContent.trim(), description: (row.querySelector('.label-description')?.textContent ?? '').trim(), count: badge ? Number(badge.textContent.trim()) : null });
      continue;
    }
    const box = clipBox(msg);
    const cs = getComputedStyle(msg);
    const overflowing = msg.scrollWidth > msg.clientWidth + 0.5;
    canvas.font = cs.font;
    const ellipsis = overflowing ? canvas.measureText('…').width : 0;
    const limit = box.right - ellipsis;
    let visible = '';
    let cut = false;
    const walker = document.createTreeWalker(msg, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node && !cut; node = walker.nextNode()) {
      const t = node.data;
      for (let i = 0; i < t.length && !cut;) {
        const n = t.codePointAt(i) > 0xffff ? 2 : 1;
        range.setStart(node, i);
        range.setEnd(node, i + n);
        const c = range.getBoundingClientRect();
        if (c.width === 0 && /\s/.test(t[i])) { visible += t.slice(i, i + n); i += n; continue; }
        if (c.left >= box.left - 0.5 && c.right <= limit + 0.5 && c.top >= box.top - 0.5 && c.bottom <= box.bottom + 0.5) visible += t.slice(i, i + n);
        else cut = true;
        i += n;
      }
    }
    const text = (el) => (el ? el.textContent.trim() : '');
    out.push({
      index, kind: 'marker', whole,
      message: msg.textContent,
      visible,
      source: text(row.querySelector('.marker-source')),
      code: text(row.querySelector('.marker-code')).replace(/^\(|\)$/g, ''),
      line: text(row.querySelector('.marker-line')),
      labelPx: Math.round(box.right - box.left),
      textPx: Math.round(msg.scrollWidth),
    });
  }
  return out;
}

/**
 * Opens the copies, shows the Problems panel in a 1920×1080 window, scrolls through every
 * row and checks that each shows its advice. `expected` maps each copy's rel path to the
 * library's findings for it.
 */
export async function checkProblemsPanel({ page, shot, check, step, quickOpen, expected, shotsDir }) {
  // A full-HD window, maximised, explorer open: the width most users give VS Code.
  const width = Number(process.env.E2E_PROBLEMS_WIDTH || 1920);
  step(`problems panel: the visible text of each row (window ${width}×1080)`);
  await page.setViewportSize({ width, height: 1080 });
  // Close what earlier steps left open, then open the two copies.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+w');
  for (const f of PROBLEM_FILES) await quickOpen(path.basename(f.rel));
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
  await panel.waitFor();
  const filter = page.locator('.part.panel input[placeholder^="Filter"]').first();
  await filter.fill('');
  const list = page.locator('.markers-panel .tree-container .monaco-list').first();
  await list.waitFor();
  const header = page.locator('.part.panel .composite.title').first();
  // The mouse rests on the panel's title bar while rows are read: a hovered row shows its actions.
  const park = async () => {
    const b = await header.boundingBox();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  };
  // Where the rendered rows are: changes with every scroll, however small.
  const rowKeys = () => page.evaluate(() => [...document.querySelectorAll('.markers-panel .tree-container .monaco-list-rows > .monaco-list-row[data-index]')].map((r) => `${r.dataset.index}@${Math.round(r.getBoundingClientRect().top)}`).join(','));

  /** Turns the mouse wheel over the list; true if the rows on screen changed. */
  const wheel = async (dy) => {
    const before = await rowKeys();
    const lb = await list.boundingBox();
    await page.mouse.move(lb.x + lb.width / 2, lb.y + lb.height / 2);
    await page.mouse.wheel(0, dy);
    await park();
    // Wait for the list to render the scrolled rows (nothing changes at either end).
    await page.waitForFunction((k) => [...document.querySelectorAll('.markers-panel .tree-container .monaco-list-rows > .monaco-list-row[data-index]')].map((r) => `${r.dataset.index}@${Math.round(r.getBoundingClientRect().top)}`).join(',') !== k, before, { timeout: 1000 }).catch(() => {});
    return (await rowKeys()) !== before;
  };
  const toTop = async () => { for (let i = 0; i < 100 && (await wheel(-5000)); i++); };
  /** Scrolls the list from top to bottom, reading each row while it is wholly on screen. */
  const readAll = async () => {
    const rows = new Map();
    const step = Math.max(22, Math.floor((await list.boundingBox()).height / 2));
    await toTop();
    for (let pass = 0; pass < 300; pass++) {
      for (const r of await page.evaluate(readRows)) if (r.whole && !rows.has(r.index)) rows.set(r.index, r);
      if (!(await wheel(step))) break;
    }
    return [...rows.values()].sort((a, b) => a.index - b.index);
  };
  /** Marker rows grouped under their file rows (tree order). */
  const group = (ordered) => {
    const files = [];
    for (const r of ordered) {
      if (r.kind === 'file') files.push({ ...r, markers: [] });
      else if (files.length) files.at(-1).markers.push(r);
    }
    return files;
  };
  const complete = (files) => PROBLEM_FILES.every((f) => files.find((g) => g.name === path.basename(f.rel))?.markers.length === expected[f.rel].length);

  // Wait until both files are listed with as many rows as the library has findings.
  let ordered = [];
  let files = [];
  for (const end = Date.now() + 60000; Date.now() < end;) {
    ordered = await readAll();
    files = group(ordered);
    if (complete(files)) break;
  }
  await shot('10-problems-panel-bottom');
  await toTop();
  await shot('10-problems-panel');
  const pb = await page.locator('.part.panel').first().boundingBox();
  const sidebar = await page.locator('.part.sidebar').first().boundingBox().catch(() => null);
  step(`problems panel: ${Math.round(pb.width)} px wide (explorer ${sidebar ? `${Math.round(sidebar.width)} px` : 'closed'}), ${ordered.length} rows read`);

  // What each row showed, beside the screenshots.
  fs.writeFileSync(path.join(shotsDir, '10-problems-panel-rows.json'), JSON.stringify(files, null, 2));

  const indices = ordered.map((r) => r.index);
  const gaps = indices.filter((n, i) => i > 0 && n !== indices[i - 1] + 1);
  check('[ui] problems: scrolling read every row of the virtual list once', indices[0] === 0 && gaps.length === 0, `rows read: ${indices.join(',')}`);

  const shown = (r) => `${r.line} ${r.code}: shows ${r.visible.length} of ${r.message.length} characters (${r.labelPx} of ${r.textPx} px): "${r.visible}"`;
  for (const f of PROBLEM_FILES) {
    const name = path.basename(f.rel);
    const file = files.find((g) => g.name === name);
    const want = expected[f.rel];
    check(`[ui] problems: ${name} lists the library's ${want.length} findings`,
      file && file.markers.length === want.length && (file.count === null || file.count === want.length),
      file ? `${file.markers.length} rows read, badge ${file.count}` : `no file row for ${name}`);
    if (!file) continue;
    const failures = [];
    for (const w of want) {
      const label = `${name} [Ln ${w.line}, Col ${w.column}] ${w.ruleId} "${w.message}"`;
      const row = file.markers.find((r) => r.message === w.message && r.code === w.ruleId && r.line === `[Ln ${w.line}, Col ${w.column}]`);
      const advice = adviceOf(w.message, f.lang);
      if (!row) failures.push(`${label}: no row shows this message`);
      else if (!advice) failures.push(`${label}: the message has no advice part (after ";" or "。")`);
      else if (!row.visible.includes(advice)) failures.push(`${label}: the advice "${advice}" is cut off; the row ${shown(row)}`);
    }
    check(`[ui] problems: every ${name} row shows its advice in the visible text`, failures.length === 0, failures.join('\n      '));
  }
  // proposal-lint rows of any other file still listed (earlier steps): each shows its advice too.
  const others = files.filter((g) => !PROBLEM_FILES.some((f) => path.basename(f.rel) === g.name) && g.markers.some((r) => r.source === 'proposal-lint'));
  const otherFailures = [];
  for (const g of others) {
    for (const r of g.markers.filter((m) => m.source === 'proposal-lint')) {
      const advice = adviceOf(r.message) ?? r.message;
      if (!r.visible.includes(advice)) otherFailures.push(`${g.name} ${shown(r)}; advice "${advice}"`);
    }
  }
  if (others.length) check(`[ui] problems: the rows of the other open files (${others.map((g) => g.name).join(', ')}) show their advice`, otherFailures.length === 0, otherFailures.join('\n      '));
  return { rows: ordered };
}
