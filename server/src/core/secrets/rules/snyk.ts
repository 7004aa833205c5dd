/** Snyk API tokens are UUIDs; only one assigned to a name mentioning Snyk is reported (SNYK_TOKEN, snyk_api_key…). */
import type { SecretRule } from '../rule';
import { assignedTo, UUID } from './keywordContext';

export const snykToken: SecretRule = {
  id: 'secret/snyk-api-token',
  title: 'Snyk API token',
  keywords: ['snyk'],
  pattern: assignedTo(['snyk'], UUID),
  minEntropy: 3,
  envName: 'SNYK_TOKEN',
  docs: 'https://docs.snyk.io/snyk-api/authentication-for-api',
  samples: kit => ({
    secret: [`SNYK_TOKEN=${kit.uuid()}`, `const SNYK_KEY = "${kit.uuid()}"`, `--snyk-token ${kit.uuid()}`, `System.setProperty("SNYK_TOKEN", "${kit.uuid()}")`],
    clean: [`SNYK_ORG_NAME=acme`, `id = "${kit.uuid()}"`, 'SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}'],
  }),
};
