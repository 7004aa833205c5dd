/**
 * Docker Hub access tokens (docs.docker.com/security/access-tokens/): personal access tokens are `dckr_pat_` + 27
 * base64url characters; organization access tokens are `dckr_oat_` + a base64url body whose length Docker does not
 * publish (32 on the tokens seen so far), so it is matched within a bounded range.
 */
import type { SecretRule } from '../rule';

export const dockerPersonalAccessToken: SecretRule = {
  id: 'secret/docker-access-token',
  title: 'Docker Hub access token',
  keywords: ['dckr_pat_', 'dckr_oat_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>dckr_pat_[A-Za-z0-9_-]{27}|dckr_oat_[A-Za-z0-9_-]{27,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'DOCKER_TOKEN',
  docs: 'https://docs.docker.com/security/access-tokens/',
  samples: kit => ({
    secret: [
      `DOCKER_TOKEN=dckr_pat_${kit.base64url(27)}`,
      `echo "dckr_pat_${kit.base62(27)}" | docker login -u acme --password-stdin`,
      `DOCKERHUB_ORG_TOKEN: dckr_oat_${kit.base64url(32)}`,
    ],
    clean: [
      'DOCKER_TOKEN=not_a_real_token',
      'dckr_pat_tooshort',
      'dckr_pat_',
      'DOCKER_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `dckr_pat_${kit.base62(30)}`,
    ],
  }),
};
