/**
 * HashiCorp Terraform Cloud / Enterprise API tokens: 14 alphanumerics + `.atlasv1.` + 60–70 base64url-ish
 * characters.
 */
import type { SecretRule } from '../rule';

export const terraformCloudToken: SecretRule = {
  id: 'secret/terraform-cloud-token',
  title: 'Terraform Cloud API token',
  keywords: ['.atlasv1.'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
  minEntropy: 3.5,
  envName: 'TFE_TOKEN',
  docs: 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens',
  samples: kit => ({
    secret: [`token = "${kit.base62(14)}.atlasv1.${kit.base64url(67)}"`, `TFE_TOKEN=${kit.base62(14)}.atlasv1.${kit.base62(67)}`],
    clean: ['token        = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', `${kit.base62(14)}.atlasv1.${kit.base62(10)}`],
  }),
};
