/**
 * OpenAI API keys: `sk-` (legacy user keys), `sk-proj-` (project keys), `sk-svcacct-` (service accounts) and
 * `sk-admin-`, each with the marker `T3BlbkFJ` — base64 of "OpenAI" — in the middle of the random part.
 */
import type { SecretRule } from '../rule';

export const openaiApiKey: SecretRule = {
  id: 'secret/openai-api-key',
  title: 'OpenAI API key',
  keywords: ['t3blbkfj'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-[A-Za-z0-9_-]{16,200}T3BlbkFJ[A-Za-z0-9_-]{16,200})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'OPENAI_API_KEY',
  docs: 'https://platform.openai.com/docs/api-reference/authentication',
  validate(secret) {
    const kind = /^sk-(proj|svcacct|admin)-/.exec(secret)?.[1];
    const what = kind === 'proj' ? 'project key' : kind === 'svcacct' ? 'service-account key' : kind === 'admin' ? 'admin key' : 'user key';
    return { valid: true, detail: `OpenAI ${what}, T3BlbkFJ marker present` };
  },
  samples: kit => ({
    secret: [
      `OPENAI_API_KEY=sk-${kit.base62(20)}T3BlbkFJ${kit.base62(20)}`,
      `client = OpenAI(api_key="sk-proj-${kit.base64url(74)}T3BlbkFJ${kit.base64url(74)}")`,
      `key: sk-svcacct-${kit.base64url(60)}T3BlbkFJ${kit.base64url(60)}`,
    ],
    clean: [
      `sk-proj-${kit.base62(20)}T4BlbkFJ${kit.base62(20)}`,
      'OPENAI_API_KEY=sk-...',
      `sk-${kit.base62(48)}`,
    ],
  }),
};
