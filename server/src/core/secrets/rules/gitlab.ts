/**
 * GitLab tokens (docs.gitlab.com/security/tokens/#token-prefixes). Each kind has its own prefix; the body is
 * base64url characters of a fixed length per kind. Routable tokens (GitLab 17.x+, used for Cells routing) carry a
 * base64url payload of 27–300 characters, then `.` and a short base36 trailer that holds a version and a CRC; the
 * trailer layout is not publicly specified in enough detail to verify offline, so routable tokens are matched on
 * structure only.
 */
import type { SecretRule } from '../rule';

interface Kind { prefix: string; id: string; title: string; body: string; env: string; sample: (kit: import('../sampleKit').SampleKit) => string }

const B = '[A-Za-z0-9_-]';
const KINDS: Kind[] = [
  { prefix: 'glpat-', id: 'pat', title: 'personal, project or group access token', body: `${B}{20}`, env: 'GITLAB_TOKEN', sample: k => k.base64url(20) },
  { prefix: 'gldt-', id: 'deploy-token', title: 'deploy token', body: `${B}{20}`, env: 'GITLAB_DEPLOY_TOKEN', sample: k => k.base64url(20) },
  { prefix: 'glrt-', id: 'runner-token', title: 'runner authentication token', body: `${B}{20}`, env: 'GITLAB_RUNNER_TOKEN', sample: k => k.base64url(20) },
  { prefix: 'glcbt-', id: 'ci-job-token', title: 'CI/CD job token', body: `${B}{20,26}`, env: 'CI_JOB_TOKEN', sample: k => `${k.hex(2)}_${k.base64url(20)}` },
  { prefix: 'glptt-', id: 'trigger-token', title: 'pipeline trigger token', body: `${B}{40}`, env: 'GITLAB_TRIGGER_TOKEN', sample: k => k.hex(40) },
  { prefix: 'glft-', id: 'feed-token', title: 'feed token', body: `${B}{20}`, env: 'GITLAB_FEED_TOKEN', sample: k => k.base64url(20) },
  { prefix: 'glimt-', id: 'incoming-mail-token', title: 'incoming mail token', body: `${B}{25}`, env: 'GITLAB_INCOMING_EMAIL_TOKEN', sample: k => k.base64url(25) },
  { prefix: 'glagent-', id: 'agent-token', title: 'Kubernetes agent token', body: `${B}{50,100}`, env: 'GITLAB_AGENT_TOKEN', sample: k => k.base64url(50) },
  { prefix: 'gloas-', id: 'oauth-app-secret', title: 'OAuth application secret', body: `${B}{64}`, env: 'GITLAB_OAUTH_SECRET', sample: k => k.base64url(64) },
  { prefix: 'glsoat-', id: 'scim-token', title: 'SCIM OAuth token', body: `${B}{20,50}`, env: 'GITLAB_SCIM_TOKEN', sample: k => k.base64url(20) },
  { prefix: 'glffct-', id: 'feature-flag-token', title: 'feature flags client token', body: `${B}{20}`, env: 'GITLAB_FEATURE_FLAGS_TOKEN', sample: k => k.base64url(20) },
  { prefix: 'GR1348941', id: 'runner-registration-token', title: 'runner registration token', body: `${B}{20,50}`, env: 'GITLAB_RUNNER_REGISTRATION_TOKEN', sample: k => k.base64url(20) },
];

function esc(s: string): string { return s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'); }

function kindRule(k: Kind): SecretRule {
  return {
    id: `secret/gitlab-${k.id}`,
    title: `GitLab ${k.title}`,
    keywords: [k.prefix.toLowerCase()],
    // Not followed by another token character, nor by `.` + trailer (that is a routable token, a separate rule).
    // A random body has letters; `GR1348941` + digits only is a made-up number (the lookahead is bounded).
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>${esc(k.prefix)}(?=[0-9]{0,100}[A-Za-z_-])${k.body})(?![A-Za-z0-9_-]|\.[0-9a-z]{7})`),
    minEntropy: 3,
    envName: k.env,
    docs: 'https://docs.gitlab.com/security/tokens/#token-prefixes',
    samples: kit => ({
      secret: [`${k.env}=${k.prefix}${k.sample(kit)}`, `token: "${k.prefix}${k.sample(kit)}"`],
      clean: [`${k.prefix}${kit.base64url(10)}`, `${k.prefix}XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.slice(0, k.prefix.length + 64), `x${k.prefix}${k.sample(kit)}`],
    }),
  };
}

export const gitlabTokens: readonly SecretRule[] = KINDS.map(kindRule);

export const gitlabRoutableToken: SecretRule = {
  id: 'secret/gitlab-routable-token',
  title: 'GitLab routable token',
  keywords: ['glpat-', 'glrt-', 'glcbt-', 'gldt-', 'glft-', 'glimt-', 'glagent-', 'glsoat-', 'glffct-', 'gloas-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>gl(?:pat|rt|cbt|dt|ft|imt|agent|soat|ffct|oas)-[A-Za-z0-9_-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{7,9})(?![A-Za-z0-9_.-])/,
  minEntropy: 3.5,
  envName: 'GITLAB_TOKEN',
  docs: 'https://docs.gitlab.com/security/tokens/#token-prefixes',
  samples: kit => ({
    secret: [`GITLAB_TOKEN=glpat-${kit.base64url(37)}.01.${kit.lowerAlnum(9)}`, `runner_token: glrt-t1_${kit.base64url(27)}.${kit.lowerAlnum(9)}`],
    clean: ['glpat-xxxxxxxx-xxxxxxxxxxxxxxxxxx.xxxxxxxxx', `glpat-${kit.base64url(20)}`],
  }),
};

export const gitlabSessionCookie: SecretRule = {
  id: 'secret/gitlab-session-cookie',
  title: 'GitLab session cookie',
  keywords: ['_gitlab_session='],
  pattern: /_gitlab_session=(?<secret>[0-9a-z]{32})(?![A-Za-z0-9])/,
  minEntropy: 3,
  envName: 'GITLAB_SESSION',
  docs: 'https://docs.gitlab.com/user/profile/#cookies-used-for-sign-in',
  samples: kit => ({
    secret: [`Cookie: _gitlab_session=${kit.hex(32)}`],
    clean: ['_gitlab_session=', `_gitlab_session=${kit.hex(10)}`],
  }),
};
