/**
 * Doppler tokens (docs.doppler.com/docs/token-formats): `dp.` + a type (`pt` personal, `st` service, `sa` service
 * account, `ct` CLI, `scim`, `audit`) + `.` + 40–44 alphanumerics.
 */
import type { SecretRule } from '../rule';

export const dopplerToken: SecretRule = {
  id: 'secret/doppler-token',
  title: 'Doppler token',
  keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'DOPPLER_TOKEN',
  docs: 'https://docs.doppler.com/docs/token-formats',
  samples: kit => ({
    secret: [`DOPPLER_TOKEN=dp.pt.${kit.base62(43)}`, `doppler_token: "dp.st.${kit.lowerAlnum(43)}"`],
    clean: ['DOPPLER_TOKEN=dp.pt.', `dp.pt.${kit.base62(12)}`, `dp.xx.${kit.base62(43)}`],
  }),
};
