/**
 * JFrog Artifactory credentials (jfrog.com/help, "Access Tokens" and "API Key"): legacy API keys start `AKCp` and are
 * 73 characters long; reference tokens are 64 characters starting `cmVmd` (base64 of `ref`).
 */
import type { SecretRule } from '../rule';

export const artifactoryApiKey: SecretRule = {
  id: 'secret/artifactory-api-key',
  title: 'JFrog Artifactory API key',
  keywords: ['akcp'],
  pattern: /(?<![A-Za-z0-9])(?<secret>AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9])/,
  minEntropy: 4,
  envName: 'ARTIFACTORY_API_KEY',
  docs: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key',
  samples: kit => ({
    secret: [`X-JFrog-Art-Api: AKCp${kit.base62(69)}`, `artifactory_password=AKCp${kit.base62(69)}`],
    clean: [`AKCp${kit.base62(20)}`, 'X-JFrog-Art-Api: $API_KEY'],
  }),
};

export const artifactoryReferenceToken: SecretRule = {
  id: 'secret/artifactory-reference-token',
  title: 'JFrog Artifactory reference token',
  keywords: ['cmvmd'],
  pattern: /(?<![A-Za-z0-9])(?<secret>cmVmd[A-Za-z0-9]{59})(?![A-Za-z0-9])/,
  minEntropy: 4,
  envName: 'ARTIFACTORY_ACCESS_TOKEN',
  docs: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
  samples: kit => ({
    secret: [`Authorization: Bearer cmVmd${kit.base62(59)}`],
    clean: [`cmVmd${kit.base62(20)}`, `xcmVmd${kit.base62(59)}`],
  }),
};
