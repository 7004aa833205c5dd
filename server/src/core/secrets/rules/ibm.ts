/**
 * IBM Cloud IAM API keys (cloud.ibm.com/docs/account?topic=account-manapikey): 44 base64url characters with no
 * prefix, so they are recognised assigned to a name that mentions IBM, IAM or a cloud API key.
 */
import type { SecretRule } from '../rule';
import { assignedNear } from './keywordContext';

export const ibmCloudIamApiKey: SecretRule = {
  id: 'secret/ibm-cloud-iam-api-key',
  title: 'IBM Cloud IAM API key',
  keywords: ['ibm', 'iam', 'cloud'],
  pattern: assignedNear(String.raw`ibm|iam|cloud[_.-]?(?:iam|api)`, String.raw`[A-Za-z0-9_-]{44}(?![A-Za-z0-9_-])`),
  minEntropy: 3.5,
  envName: 'IBMCLOUD_API_KEY',
  docs: 'https://cloud.ibm.com/docs/account?topic=account-manapikey',
  samples: kit => ({
    secret: [`IBMCLOUD_API_KEY=${kit.base64url(44)}`, `"iam_api_key": "${kit.base64url(44)}"`, `ibm_cloud_api_key := ${kit.base64url(44)}`],
    clean: [`ibm_iam_key:= "${kit.base64url(44)}extra"`, 'ibm-cloud-pwd = shorter-version', `iam_api_key="%s" % IBM_IAM_API_KEY_ENV`],
  }),
};
