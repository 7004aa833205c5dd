/**
 * Credentials embedded in URLs, `scheme://user:password@host` (RFC 3986 §3.2.1 userinfo): HTTP basic auth, FTP, and
 * database connection strings (`postgres://`, `mysql://`, `mongodb+srv://`, `redis://`, `amqp://`, `jdbc:mysql://`).
 * The password is the secret. Template variables, stand-in words (`password`, `YOUR_PASSWORD`) and a password equal
 * to the user name are not flagged.
 */
import type { SecretRule } from '../rule';
import { isLowVariety, looksLikePlaceholder } from '../placeholders';

const STAND_IN = /^(?:(?:my|your|the|some|db|user|admin|new|test)?[_-]?(?:pass(?:word|wd)?|secret|pwd|token|key|credentials?)s?|changeme|admin|root|test|guest|user|xxx+|\*+|\.+)$/i;

export function isStandInPassword(user: string, pass: string): boolean {
  if (pass.length < 4 || pass === user || STAND_IN.test(pass)) return true;
  if (/\$\{|\$\(|\{\{|^\{.*\}$|^<.*>$|^\[.*\]$|^\$[A-Za-z_]\w*$|^%\(?\w*\)?s$|^:\w+$/.test(pass)) return true;
  return looksLikePlaceholder(pass) || isLowVariety(pass);
}

export const urlCredentials: SecretRule = {
  id: 'secret/url-credentials',
  title: 'Password in a URL',
  keywords: ['://'],
  anchorWithin: 21, // the scheme: 1 + up to 20 characters, then `://`
  pattern: /(?<![A-Za-z0-9+.-])(?<scheme>[A-Za-z][A-Za-z0-9+.-]{1,20}):\/\/(?<user>[^\s:@/"'<>\\]{0,100}):(?<secret>[^\s/"'<>\\]{1,200})@(?=[A-Za-z0-9\[_-])/,
  envName: 'DATABASE_URL',
  docs: 'https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1',
  accept(secret, _line, ctx) {
    const user = ctx.groups.user ?? '';
    if (/@/.test(user)) return false;
    if (isStandInPassword(user, secret)) return false;
    if (/^(?:\$|\{)/.test(user) && /^(?:\$|\{)/.test(secret)) return false;
    return true;
  },
  validate() {
    return { valid: false, detail: 'password embedded in a URL' };
  },
  samples: kit => ({
    secret: [
      `const API_URL = "https://user:${kit.base62(10)}@api.example.com/endpoint";`,
      `DATABASE_URL=postgres://app:${kit.base62(16)}@db.internal:5432/app`,
      `mongodb+srv://appuser:${kit.base62(8)}@${kit.base62(4)}@cluster0.mongodb.net/mydb?retryWrites=true`,
      `jdbc:mysql://admin:${kit.base62(12)}@db.company.com:3306/app_db`,
      `ftp://deploy:${kit.base62(12)}@files.example.com/uploads`,
    ],
    clean: [
      'const API_URL = "https://${username}:${password}@api.example.com/v1";',
      'https://{{user}}:{{pass}}@config.example.com',
      'https://username:password@example.com/api',
      'mongodb://YOUR_USERNAME:YOUR_PASSWORD@cluster.mongodb.net/test',
      'mysql://admin:REPLACE_WITH_PASSWORD@mysql.server.com:3306/database',
      'postgres://postgres:postgres@localhost:5432/database',
      'DB_URL = postgres://$(PGUSER):$(PGPASSWORD)@$(PGHOST)/$(PGDATABASE)',
      'https://user:1111@service.com/api',
      'https://testuser:xxxx@demo.com',
      'git@github.com:owner/repo.git',
      'https://example.com:8080/path@v2',
    ],
  }),
};
