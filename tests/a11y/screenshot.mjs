// A picture of a web page as a reader sees it, in Debian's headless Chromium (for script/pack-pages).
// Usage: node screenshot.mjs PAGE.html OUT.png WIDTH [HEIGHT]: the top HEIGHT pixels (default 1200).
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [file, out, width, height] = process.argv.slice(2);
const browser = await chromium.launch({
    executablePath: process.env.WRES_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height || 1200) } });
await page.goto(pathToFileURL(file).href);
await page.screenshot({ path: out });
await browser.close();
