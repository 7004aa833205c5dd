/**
 * Hugging Face tokens (huggingface.co/docs/hub/security-tokens): user access tokens are `hf_` + 34 letters;
 * older organization API tokens are `api_org_` + 34 letters. Identifiers that merely start `hf_` are kept out by
 * the exact length, the word boundaries and the entropy floor.
 */
import type { SecretRule } from '../rule';

export const huggingfaceToken: SecretRule = {
  id: 'secret/huggingface-token',
  title: 'Hugging Face access token',
  keywords: ['hf_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>hf_[A-Za-z]{34})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'HF_TOKEN',
  docs: 'https://huggingface.co/docs/hub/security-tokens',
  samples: kit => ({
    secret: [`huggingface-cli login --token hf_${kit.random('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`, `HF_TOKEN="hf_${kit.random('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}"`],
    clean: ['- (id)hf_requiredCharacteristicTypesForDisplayMetadata;', '"hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', '&hf_servingcellpriorityparametersdescription_h_prio'],
  }),
};

export const huggingfaceOrgToken: SecretRule = {
  id: 'secret/huggingface-org-token',
  title: 'Hugging Face organization API token',
  keywords: ['api_org_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>api_org_[A-Za-z]{34})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  envName: 'HF_TOKEN',
  docs: 'https://huggingface.co/docs/hub/security-tokens',
  samples: kit => ({
    secret: [`hf_token = "api_org_${kit.random('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}"`],
    clean: ['public static final String API_ORG_EXIST = "APIOrganizationExist";', 'api_org_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', "const api_org_controller = require('x');"],
  }),
};
