/**
 * Stripe keys: secret keys `sk_live_` / `sk_test_` and restricted keys `rk_live_` / `rk_test_`, then 24 to 247
 * base62 characters (newer keys start with the account's `51…` id). Publishable keys (`pk_`) are public by design.
 * Webhook signing secrets are `whsec_` + 32 or more base62 characters.
 */
import type { SecretRule } from '../rule';

export const stripeSecretKey: SecretRule = {
  id: 'secret/stripe-secret-key',
  title: 'Stripe secret key',
  keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'sk_prod_', 'rk_prod_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>[sr]k_(?:live|test|prod)_[A-Za-z0-9]{20,247})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  envName: 'STRIPE_SECRET_KEY',
  docs: 'https://docs.stripe.com/keys',
  validate(secret) {
    // Keys are 24 characters after the prefix (before 2019) or 99 starting with the account's `51…` prefix.
    const body = secret.slice(8);
    const live = secret.slice(3, 7) !== 'test';
    const kind = `Stripe ${live ? 'live' : 'test-mode'} ${secret.startsWith('rk') ? 'restricted' : 'secret'} key`;
    return body.length === 24 || (body.length === 99 && /^5[0-9]/.test(body))
      ? { valid: true, detail: `${kind}, structure valid` }
      : { valid: false, detail: `${kind} prefix but an unusual length — probably a placeholder` };
  },
  samples: kit => ({
    secret: [
      `STRIPE_SECRET_KEY=sk_live_${kit.base62(24)}`,
      `stripe.api_key = "sk_test_51${kit.base62(97)}"`,
      `key: rk_live_${kit.base62(99)}`,
    ],
    clean: [`pk_live_${kit.base62(24)}`, 'sk_live_', `sk_live_${kit.base62(10)}`],
  }),
};

export const stripeWebhookSecret: SecretRule = {
  id: 'secret/stripe-webhook-secret',
  title: 'Stripe webhook signing secret',
  keywords: ['whsec_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9+/=]{32,80})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  envName: 'STRIPE_WEBHOOK_SECRET',
  docs: 'https://docs.stripe.com/webhooks#verify-events',
  samples: kit => ({
    secret: [`STRIPE_WEBHOOK_SECRET=whsec_${kit.base62(32)}`],
    clean: ['whsec_', `whsec_${kit.base62(12)}`],
  }),
};
