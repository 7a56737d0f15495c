// A relying party nobody here wrote: the npm package `openid-client` (a certified OpenID Connect client)
// logs in through the test environment's ID-porten. Driven over stdin/stdout by tests/testenv/node_support.py:
//
//   argv[2]  JSON {issuer, client_id, client_secret | private_jwks_file, redirect_uri, scope, acr_values,
//                  ui_locales}
//   stdout   {"authorization_url": ...}            discovery done; state, nonce and PKCE verifier made here
//   stdin    the callback URL the browser was sent to
//   stdout   {"claims": {...}, "userinfo": {...}}  the ID token as openid-client validated it (signature from
//                                                  the JWKS, iss, aud, exp, iat, nonce, state, PKCE)
//         or {"error": name, "message": ...}       openid-client refused the callback or the token
//
// Nothing is checked here beyond what openid-client checks itself: the test judges the claims.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import * as client from 'openid-client';

const settings = JSON.parse(process.argv[2]);
const say = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

async function clientAuthentication() {
  if (!settings.private_jwks_file) return client.ClientSecretBasic(settings.client_secret);
  const [jwk] = JSON.parse(readFileSync(settings.private_jwks_file, 'utf8')).keys;
  const key = await crypto.subtle.importKey(
    'jwk', jwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign'],
  );
  return client.PrivateKeyJwt({ key, kid: jwk.kid });
}

async function main() {
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  // http on loopback only: the environment serves no TLS (the test starts it on 127.0.0.1).
  const config = await client.discovery(
    new URL(settings.issuer), settings.client_id, undefined, await clientAuthentication(),
    { execute: [client.allowInsecureRequests] },
  );
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirect_uri,
    scope: settings.scope ?? 'openid',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    acr_values: settings.acr_values ?? 'idporten-loa-substantial',
    ui_locales: settings.ui_locales ?? 'nb',
  });
  say({ authorization_url: url.href });
  const { value: callback, done } = await lines.next();
  if (done) throw new Error('no callback URL on stdin');
  const tokens = await client.authorizationCodeGrant(config, new URL(callback.trim()), {
    pkceCodeVerifier: verifier,
    expectedState: state,
    expectedNonce: nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
  say({ claims, userinfo });
}

main().then(
  () => process.exit(0),
  (error) => {
    const cause = error.cause?.message ?? null;
    say({ error: error.name ?? 'Error', code: error.code ?? null, message: String(error.message ?? error), cause });
    process.exit(0);
  },
);
