// Drives the HTML report in headless Chromium (Debian's /usr/bin/chromium, through
// playwright-core): counts the fact rows, types in the filter box, counts the rows left, and
// saves a screenshot. Prints the counts as JSON; the ctest script checks them.
// usage: node html_report.mjs REPORT.html FILTER-TEXT SCREENSHOT.png
import { chromium } from 'playwright-core'
import path from 'node:path'

const [report, filter, shot] = process.argv.slice(2)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync']
})
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  const requests = []
  let dialogs = 0
  page.on('request', r => { if (!r.url().startsWith('file:')) requests.push(r.url()) })
  // Injected script in the article (alert, confirm, prompt) would open a dialog.
  page.on('dialog', d => { dialogs++; d.dismiss() })
  await page.goto('file://' + path.resolve(report))
  const visible = () => page.$$eval('#facts tbody tr', rows => rows.filter(r => r.style.display !== 'none').length)
  const before = await visible()
  const svgNodes = await page.$$eval('.diagram svg g.node', n => n.length)
  await page.fill('#filter', filter)
  const after = await visible()
  const afterRows = await page.$$eval('#facts tbody tr', rows => rows.filter(r => r.style.display !== 'none').map(r => r.textContent.toLowerCase()))
  const counter = await page.textContent('#count')
  await page.screenshot({ path: shot, fullPage: false })
  const injected = await page.$$eval('script, img[onerror], [onerror], [onload]', n => n.filter(e => /alert|onerror/.test(e.outerHTML)).length)
  console.log(JSON.stringify({ before, after, svgNodes, counter, network: requests, dialogs, injected, allMatch: afterRows.every(t => filter.toLowerCase().split(/\s+/).every(w => t.includes(w))) }))
} finally {
  await browser.close()
}
