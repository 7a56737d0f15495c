// A foreign OpenID Provider nobody here wrote: the npm package `oidc-provider` (OpenID Certified), started by
// a test fixture (tests/testenv/node_support.py) as a real server on 127.0.0.1, configured to issue
// ID-porten-shaped ID tokens (domain-facts §10.1): RS256 with `kid`, `pid`, `acr` idporten-loa-substantial or
// -high, `amr`, `locale`, a pairwise `sub`, `nonce`; authorization code flow only, PKCE S256 required of
// every client, `acr_values` and `ui_locales` accepted.
//
//   argv[2]  JSON {clients: [{client_id, client_secret, redirect_uris, post_logout_redirect_uris}]}
//   stdout   {"issuer": "http://127.0.0.1:<port>"} once it listens
//
// The person's part is one small page of ours (oidc-provider leaves the log-in screen to its user): GET
// /interaction/<uid> shows a form with the identity number and the level, POST logs that person in with
// amr ["TestID"] at that level, like ID-porten's TestID. Consent is implied (ID-porten asks none).
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const settings = JSON.parse(process.argv[2]);
const ACR = { 3: 'idporten-loa-substantial', 4: 'idporten-loa-high' };
const LOCALES = ['nb', 'nn', 'en'];
const accounts = new Map(); // pid -> locale of the last log-in

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: `foreign-${randomBytes(4).toString('hex')}`, alg: 'RS256', use: 'sig' };
}

function readForm(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; if (body.length > 10000) reject(new Error('body too large')); });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

function page(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="en"><head><title>Foreign ID-porten</title></head><body>${html}</body></html>`);
}

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: settings.clients.map((client) => ({
      client_id: client.client_id,
      client_secret: client.client_secret,
      redirect_uris: client.redirect_uris,
      post_logout_redirect_uris: client.post_logout_redirect_uris ?? [],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: client.token_endpoint_auth_method ?? 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
      subject_type: 'pairwise',
    })),
    jwks: { keys: [signingKey()] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    acrValues: Object.values(ACR),
    // acr, amr and auth_time under the openid scope: ID-porten sends them whether or not they are asked for.
    claims: { openid: ['sub', 'pid', 'locale', 'acr', 'amr', 'auth_time'], profile: ['name'] },
    conformIdTokenClaims: false, // ID-porten puts pid and locale in the ID token itself
    pkce: { required: () => true },
    subjectTypes: ['pairwise'],
    pairwiseIdentifier: (ctx, accountId, client) => createHash('sha256')
      .update(`${client.clientId}|${accountId}|${issuer}`).digest('base64url'),
    responseTypes: ['code'],
    ttl: { AccessToken: 120, AuthorizationCode: 60, IdToken: 120, Interaction: 600, Session: 3600, Grant: 3600 },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (ctx, accountId) => ({
      accountId,
      claims: () => ({ sub: accountId, pid: accountId, locale: accounts.get(accountId) ?? 'nb', name: 'Testa Syntetisk' }),
    }),
    // No consent screen: ID-porten asks none; the grant is the scope the client asked for.
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope(ctx.oidc.params.scope ?? 'openid');
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();

  server.on('request', async (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url, issuer).pathname);
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'GET') {
        return page(res, 200, `<h1>TestID</h1><form method="post"><label>pid <input name="pid"></label>
          <label>level <select name="level"><option>3</option><option selected>4</option></select></label>
          <button>Log in</button></form>`);
      }
      const form = await readForm(req);
      const pid = form.get('pid') ?? '';
      const level = form.get('level');
      if (!/^\d{11}$/.test(pid) || !ACR[level]) return page(res, 400, '<p>pid: 11 digits; level: 3 or 4</p>');
      const asked = (details.params.ui_locales ?? '').split(' ').find((tag) => LOCALES.includes(tag));
      accounts.set(pid, asked ?? 'nb');
      const result = { login: { accountId: pid, acr: ACR[level], amr: ['TestID'] } };
      return await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    } catch (error) {
      return page(res, 400, `<p>${String(error.message).replace(/[<>&]/g, '')}</p>`);
    }
  });
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0)); // the fixture closed our stdin: it is done with us
