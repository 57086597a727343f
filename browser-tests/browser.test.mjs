// Opens Neo4j Browser as served by a running dealgraph (APP_URL), in Debian's Chromium driven by
// playwright-core: Browser must come pre-set to the embedded Bolt port and the neo4j user, refuse
// a wrong password, log in with the generated one (NEO4J_PASSWORD_FILE, the application's
// data/neo4j.password), load the dealgraph style and guide, run the guide's first query and draw
// the deal's buying centre, without any request leaving this machine. run.sh starts the
// application and calls this file.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const appUrl = process.env.APP_URL ?? 'http://localhost:8080'
const boltPort = process.env.BOLT_PORT ?? '7687'
const screenshots = process.env.SCREENSHOT_DIR ?? new URL('../docs/', import.meta.url).pathname
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium'
const password = readFileSync(process.env.NEO4J_PASSWORD_FILE ?? '../data/neo4j.password', 'utf8').trim()
const loopback = new Set(['localhost', '127.0.0.1', '[::1]'])

function outside(address) {
  const url = new URL(address)
  return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !loopback.has(url.hostname)
}

let browser
let page
const outgoing = []
const blockedByPolicy = []

before(async () => {
  mkdirSync(screenshots, { recursive: true })
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
  })
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 })
  // Chromium reports a request the page's Content-Security-Policy stopped as failed with
  // the error 'csp': it never left the machine. Anything else to an outside host did try to.
  page.on('requestfailed', (request) => {
    if (outside(request.url()) && request.failure()?.errorText === 'csp') {
      blockedByPolicy.push(request.url())
    }
  })
  page.on('request', (request) => {
    if (outside(request.url())) {
      outgoing.push(request)
    }
  })
})

after(async () => {
  await browser?.close()
})

test('opens Browser pre-set to the embedded Bolt port and the neo4j user', async () => {
  await page.goto(`${appUrl}/browser/`)
  const url = new URL(page.url())
  assert.equal(url.pathname, '/browser/')
  assert.equal(url.searchParams.get('dbms'), `neo4j://neo4j@localhost:${boltPort}`)
  assert.equal(url.searchParams.get('preselectAuthMethod'), 'NATIVE')
  await page.getByTestId('password').waitFor({ timeout: 60_000 })
  assert.equal(await page.getByTestId('username').inputValue(), 'neo4j')
  assert.equal(await page.getByTestId('boltaddress').inputValue(), `localhost:${boltPort}`)
  const connectFrame = page.locator('[data-testid="frame"]', { has: page.getByTestId('password') })
  await connectFrame.screenshot({ path: `${screenshots}/browser-login.png` })
})

test('refuses a wrong password and logs in with the generated one', async () => {
  await page.getByTestId('password').fill(`${password}-wrong`)
  await page.getByTestId('connect').click()
  await page.getByText('The client is unauthorized due to authentication failure.').waitFor()
  await page.getByTestId('password').fill(password)
  await page.getByTestId('connect').click()
  await page.getByText('You are connected as user').first().waitFor({ timeout: 60_000 })
})

test('plays the dealgraph guide with the dealgraph style once logged in', async () => {
  const guideTitle = page.getByRole('heading', { name: 'The buying centre of a deal' })
  await guideTitle.waitFor({ timeout: 60_000 })
  // Browser fetches style and guide side by side; either frame may come first
  await page.locator('[data-testid="frameCommand"]', { hasText: '/browser-guide/dealgraph.grass' }).waitFor()
  const styleFrame = page.locator('[data-testid="frame"]', {
    has: page.locator('[data-testid="frameCommand"]', { hasText: ':style' })
  })
  assert.match(await styleFrame.first().innerText(), /node\.Opponent/)
  const guideFrame = page.locator('[data-testid="frame"]', { has: guideTitle })
  await guideFrame.screenshot({ path: `${screenshots}/browser-guide.png` })
})

test("runs the guide's first query and draws the buying centre", async () => {
  const guideFrame = page.locator('[data-testid="frame"]', {
    has: page.getByRole('heading', { name: 'The buying centre of a deal' })
  })
  await guideFrame.locator('[data-exec]').first().click()
  await page.getByText('"dealId": "kestrel-telematics"').waitFor()
  await guideFrame.locator('pre.runnable').first().click()
  await page.locator('[data-testid="editor-Run"]').first().click()

  const result = page.locator('[data-testid="frame"]', { has: page.locator('svg g.node') }).first()
  await result.waitFor({ timeout: 30_000 })
  // let the force layout settle before measuring and taking the picture
  await page.waitForTimeout(4_000)
  const nodes = result.locator('svg g.node')
  assert.ok((await nodes.count()) >= 15, `only ${await nodes.count()} nodes drawn`)
  const captions = (await result.locator('svg g.node text').allTextContents()).join(' ')
  for (const name of ['王建国', 'Krüger', 'María', '陈晓明']) {
    assert.ok(captions.includes(name), `no caption with ${name} in: ${captions}`)
  }
  // the style colours each person by attitude on this deal: the opponent is red, a supporter green
  const fills = await result.locator('svg g.node circle.b-outline').evaluateAll((circles) =>
    circles.map((circle) => circle.getAttribute('fill')?.toUpperCase())
  )
  assert.ok(fills.includes('#C62828'), `no opponent colour among ${fills}`)
  assert.ok(fills.includes('#7FBF7B'), `no supporter colour among ${fills}`)

  // the picture for the README: the result frame in fullscreen, graph and label overview
  await result.getByTitle('Fullscreen').click()
  await page.waitForTimeout(1_000)
  // fold the label overview away so the fitted graph uses the whole width
  await result.getByTitle('Collapse the node properties display').click()
  await result.getByLabel('zoom-to-fit').click()
  await page.waitForTimeout(2_000)
  await page.screenshot({ path: `${screenshots}/browser-buying-centre.png` })
  await result.getByTitle('Close fullscreen').click()
})

test('makes no request to any host but this machine', () => {
  const escaped = outgoing.map((request) => request.url()).filter((url) => !blockedByPolicy.includes(url))
  assert.deepEqual(escaped, [])
  if (blockedByPolicy.length > 0) {
    console.log(`the Content-Security-Policy stopped Browser loading: ${[...new Set(blockedByPolicy)].join(', ')}`)
  }
})
