/**
 * Atlassian API tokens (Jira, Confluence, Bitbucket Cloud) issued since 2023: `ATATT3` + 176 base64url characters +
 * `=` + 8 upper-case hex digits, the CRC32 of everything before them. The checksum is verified offline.
 */
import type { SecretRule } from '../rule';
import { crc32 } from '../checksum';

function crcHex(s: string): string { return crc32(s).toString(16).toUpperCase().padStart(8, '0'); }

export const atlassianApiToken: SecretRule = {
  id: 'secret/atlassian-api-token',
  title: 'Atlassian API token',
  keywords: ['atatt3'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ATATT3[A-Za-z0-9_=-]{170,190}=[A-F0-9]{8})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
  envName: 'ATLASSIAN_API_TOKEN',
  docs: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
  validate(secret) {
    return crcHex(secret.slice(0, -8)) === secret.slice(-8)
      ? { valid: true, detail: 'Atlassian API token, checksum valid' }
      : { valid: false, detail: 'Atlassian API token format but the checksum fails — probably a placeholder' };
  },
  samples: kit => {
    const good = () => { const head = `ATATT3${kit.base64url(176)}=`; return head + crcHex(head); };
    return {
      secret: [`JIRA_API_TOKEN=${good()}`, `confluence:\n  token: "${good()}"`],
      clean: ['JIRA_API_TOKEN=ATATT3...', `ATATT3${kit.base64url(40)}=ABCDEF12`],
    };
  },
};
