/**
 * HTTP credentials written into commands and code: `Authorization: Basic|Bearer|Token …` headers (RFC 9110 §11.6.2),
 * a curl `-H 'X-Api-Key: …'` header whose name says secret, and curl's `-u user:password` / `--user user:password`.
 * A Basic credential is base64 of `user:password` (RFC 7617), which the offline check decodes.
 */
import type { SecretRule, Validation } from '../rule';
import { classifyName } from './generic';
import { isLowVariety, looksLikePlaceholder } from '../placeholders';

/** Shell and template expansions stand for a value kept elsewhere: `$API_KEY`, `${X}`, `$(cmd)`, `{{ x }}`, `<token>`. */
function isExpansion(v: string): boolean {
  return /^\$[A-Za-z_0-9]+$|\$\{|\$\(|\{\{|^<.*>$|^\{.*\}$|^\[.*\]$|%s/.test(v);
}

/** Words people write where the credential goes. */
const STAND_INS = /^(?:(?:my|your|the|some|db|api|user|test)?[_-]?(?:pass(?:word|wd)?|secret|pwd|token|key|apikey|api_key|credentials?)s?\d{0,3}|user(?:name)?|admin|root|test|guest|demo|changeme|xxx|yyy|foo|bar|baz|\.{2,}|\*{2,})$/i;

function weak(v: string): boolean {
  return v.length === 0 || STAND_INS.test(v) || isExpansion(v) || looksLikePlaceholder(v) || isLowVariety(v);
}

function validateBasic(secret: string): Validation | undefined {
  if (!/^[A-Za-z0-9+/]{4,}={0,2}$/.test(secret) || secret.length % 4 !== 0) return undefined;
  const decoded = Buffer.from(secret, 'base64').toString('utf8');
  if (/^[\x20-\x7e]{1,200}:[\x20-\x7e]{1,200}$/.test(decoded)) return { valid: true, detail: 'Basic credential decodes to user:password' };
  return undefined;
}

export const httpAuthorizationHeader: SecretRule = {
  id: 'secret/http-authorization',
  title: 'HTTP Authorization credential',
  keywords: ['authorization'],
  pattern: /(?<![A-Za-z0-9_-])(?:proxy-)?authorization["']?[ \t]{0,5}[:=,][ \t]{0,10}["']?(?:(?<scheme>basic|bearer|token|api-token|apikey|api-key|digest|jwt|sso-key|key|otp|ssws|dsn)[ \t]{1,10})?(?<secret>[A-Za-z0-9+/_\-.~=:!@#%^&]{8,4000})/i,
  envName: 'AUTH_TOKEN',
  docs: 'https://www.rfc-editor.org/rfc/rfc9110#name-authorization',
  accept(secret, _line, ctx) {
    if (weak(secret) || /^(?:basic|bearer|token|digest)$/i.test(secret)) return false;
    if (/^[A-Za-z]+$/.test(secret) && secret.length < 20) return false; // a word, not a credential
    if (ctx.groups.scheme && /^basic$/i.test(ctx.groups.scheme)) {
      // Basic is base64(user:password); `Basic ...` placeholders and non-base64 text are not credentials.
      return /^[A-Za-z0-9+/]{6,}={0,2}$/.test(secret);
    }
    return /\d/.test(secret) || secret.length >= 20;
  },
  validate(secret) {
    return validateBasic(secret) ?? { valid: false, detail: 'credential in an Authorization header' };
  },
  samples: kit => ({
    secret: [
      `curl -H 'Authorization: Basic ${Buffer.from(`api:${kit.base62(16)}`).toString('base64')}' https://api.example.com`,
      `-H "Authorization: Bearer ${kit.hex(32)}"`,
      `headers = {"Authorization": "Token ${kit.hex(40)}"}`,
      `curl --header  'Authorization:  ${kit.uuid()}'`,
    ],
    clean: [
      'curl -H "Authorization: Bearer XXXXXXXXXXXX"',
      'curl --header "Authorization: Basic ..."',
      'curl -H "Authorization: Bearer <Openverse API token>"',
      'curl -H "Authorization: Token **********"',
      'curl -H "Authorization: Bearer $API_KEY"',
      'curl -H "Authorization: Bearer $(gcloud auth print-access-token)"',
      'headers["Authorization"] = "Bearer " + token',
    ],
  }),
};

export const curlHeader: SecretRule = {
  id: 'secret/curl-header',
  title: 'Credential in a curl header',
  keywords: ['curl'],
  wholeText: true, // `curl` gates the rule; the match starts at the flag
  pattern: /(?<![A-Za-z0-9_-])(?:-H|--header)(?:[ \t]{1,5}|=)["']?(?<name>[A-Za-z0-9_-]{1,60})[ \t]{0,5}:[ \t]{0,10}(?:(?:basic|bearer|token)[ \t]{1,10})?(?<secret>[A-Za-z0-9+/_\-.~=]{8,4000})/i,
  envName: 'API_KEY',
  accept(secret, _line, ctx) {
    const name = ctx.groups.name ?? '';
    if (/^authorization$/i.test(name)) return false; // httpAuthorizationHeader's job
    if (!classifyName(name) && !/^(?:x-)?(?:api-?key|token|auth|access-token|.*-apikey)$/i.test(name)) return false;
    if (weak(secret)) return false;
    return /\d/.test(secret) && /[A-Za-z]/.test(secret);
  },
  samples: kit => ({
    secret: [
      `curl -X GET -H "apikey: ${kit.uuid()}" https://api.example.com`,
      `curl -H "X-Octopus-ApiKey: ${kit.uuid()}" https://octopus.example.com/`,
      `curl -XPOST http://localhost:8080/api -H "Token: ${kit.hex(16)}"`,
    ],
    clean: ['curl -H "apikey: $API_KEY"', 'curl -H "Accept: application/json"', 'curl -H "X-Api-Key: your-api-key"'],
  }),
};

export const curlUser: SecretRule = {
  id: 'secret/curl-user',
  title: 'Password in a curl --user argument',
  keywords: ['curl'],
  wholeText: true, // `curl` gates the rule; the match starts at the flag
  pattern: /(?<=[ \t])(?:-u|--user)(?:[ \t]{1,5}|=)(?<secret>"[^"\n]{1,200}"(?::"[^"\n]{1,200}")?|'[^'\n]{1,200}'|[^\s"']{1,200}(?:'[^'\n]{1,200}'|"[^"\n]{1,200}")?)/,
  envName: 'CURL_PASSWORD',
  docs: 'https://curl.se/docs/manpage.html#-u',
  accept(secret, _line, ctx) {
    const before = ctx.text.slice(Math.max(0, ctx.start - 2000), ctx.start);
    if (!/curl/i.test(before)) return false;
    const plain = secret.replace(/["']/g, '');
    const colon = plain.indexOf(':');
    if (colon < 0) return false;
    const user = plain.slice(0, colon), pass = plain.slice(colon + 1);
    if (weak(pass) || pass === user || pass.length < 4) return false;
    if (isExpansion(user) && user.length > 0) return false;
    return true;
  },
  samples: kit => ({
    secret: [
      `curl --cacert ca.crt -u elastic:${kit.base62(10)}! https://localhost:9200`,
      `curl -s --user 'api:${kit.base62(14)}' https://api.example.com/v2/messages`,
      `curl -u ":${kit.base62(12)}" https://localhost:9200`,
      `curl --user kevin:'${kit.base62(16)}' -iX PATCH`,
    ],
    clean: [
      "curl -i -u 'test:test'",
      'curl -sL --user "$1:$2" "$3"',
      'curl -u <user:password> https://test.com/endpoint',
      'curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/',
      'curl -u "myusername" http://localhost:15130/',
      'curl -u username:token',
      'curl -u "${_username}:${_password}"',
      'curl --user "xxx:yyy"',
      'curl -XGET -i -u "${{ env.ELK_ID }}:${{ build.env.ELK_PASS }}"',
      'curl -X POST --user "$(cat ./login.txt):$(cat ./password.txt)"',
      'curl http://127.0.0.1:5000/file --user user:pass --digest',
    ],
  }),
};
