// Accessibility checks of the board pack's web pages, as CI runs them (tests/a11y/A11yTest.cmake):
// axe-core (every rule it runs by default: WCAG 2.0/2.1 A and AA, and its best practices) in
// Debian's headless Chromium, at a desktop width and at 320 CSS pixels; at 320 pixels the page
// must not scroll sideways and no text may reach past the viewport (WCAG 1.4.10 reflow), except
// inside a region that scrolls by itself (tables of figures). The page must make no request
// outside itself. Usage: node check.mjs PAGE.html...; exit 1 on any violation.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const files = process.argv.slice(2);
if (files.length === 0) {
    console.error('usage: node check.mjs PAGE.html...');
    process.exit(2);
}

const browser = await chromium.launch({
    executablePath: process.env.WRES_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // As root on a closed network: no sandbox, and none of Chromium's own background requests.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
});
let failures = 0;
const fail = (file, message) => {
    failures++;
    console.log(`${file}: ${message}`);
};

async function axe(page, file, width) {
    await page.addScriptTag({ content: axeSource });
    const results = await page.evaluate(async () => await window.axe.run(document));
    for (const v of results.violations)
        for (const node of v.nodes)
            fail(file, `axe ${v.id} (${v.impact}) at ${width}px: ${v.help} — ${node.target.join(' ')}: ` +
                 `${(node.failureSummary || '').replace(/\s+/g, ' ')}`);
    return results;
}

for (const file of files) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const url = pathToFileURL(file).href;
    await page.route('**/*', (route) => {
        const target = route.request().url();
        if (target === url || target.startsWith('data:'))
            return route.continue();
        fail(file, `requests ${target}: the page must hold everything itself`);
        return route.abort();
    });
    await page.goto(url);
    const wide = await axe(page, file, 1280);
    if (await page.evaluate(() => document.documentElement.lang) !== 'en-GB')
        fail(file, 'the page does not say lang="en-GB"');

    await page.setViewportSize({ width: 320, height: 800 });
    const reflow = await page.evaluate(() => {
        const width = window.innerWidth;
        const problems = [];
        if (document.documentElement.scrollWidth > width)
            problems.push(`the page is ${document.documentElement.scrollWidth}px wide at ${width}px`);
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent.trim())
                continue;
            const element = node.parentElement;
            if (!element || element.closest('.scroll, svg, .visually-hidden'))
                continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const box of range.getClientRects())
                if (box.right > width + 1 || box.left < -1) {
                    problems.push(`"${node.textContent.trim().slice(0, 60)}" reaches ${Math.round(box.right)}px`);
                    break;
                }
        }
        return problems;
    });
    for (const problem of reflow)
        fail(file, `reflow at 320px: ${problem}`);
    const narrow = await axe(page, file, 320);
    console.log(`${file}: ${wide.passes.length} axe rules passed at 1280px, ${narrow.passes.length} at 320px, ` +
                `${wide.violations.length + narrow.violations.length} violated; reflow problems: ${reflow.length}`);
    await context.close();
}
await browser.close();
process.exit(failures ? 1 : 0);
