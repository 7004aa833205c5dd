/** OpenShift OAuth access tokens: `sha256~` + 43 base64url characters. */
import type { SecretRule } from '../rule';

export const openshiftToken: SecretRule = {
  id: 'secret/openshift-user-token',
  title: 'OpenShift user token',
  keywords: ['sha256~'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sha256~[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'OPENSHIFT_TOKEN',
  docs: 'https://docs.openshift.com/container-platform/latest/authentication/managing-oauth-access-tokens.html',
  samples: kit => ({
    secret: [`oc login --token=sha256~${kit.base64url(43)} --server=https://api.example:6443`, `Authorization: Bearer sha256~${kit.base64url(43)}`],
    clean: ['--set token="sha256~XXXXXXXXXX_PUT_YOUR_TOKEN_HERE_XXXXXXXXXXXX"', `sha256~${kit.base64url(20)}`],
  }),
};
