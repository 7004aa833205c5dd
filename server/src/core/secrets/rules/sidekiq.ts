/**
 * Sidekiq Pro / Enterprise gem-server credentials: `<8 hex>:<8 hex>`, set through Bundler's
 * BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM or written into the source URL
 * `https://user:pass@gems.contribsys.com/`.
 */
import type { SecretRule } from '../rule';
import { assignedTo } from './keywordContext';

const CREDENTIALS = '[a-fA-F0-9]{8}:[a-fA-F0-9]{8}';

export const sidekiqCredentials: SecretRule = {
  id: 'secret/sidekiq-secret',
  title: 'Sidekiq Pro/Enterprise credentials',
  keywords: ['__contribsys__com'],
  pattern: assignedTo(['BUNDLE_GEMS__CONTRIBSYS__COM', 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM'], CREDENTIALS),
  envName: 'BUNDLE_GEMS__CONTRIBSYS__COM',
  docs: 'https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro',
  samples: kit => ({
    secret: [
      `export BUNDLE_GEMS__CONTRIBSYS__COM=${kit.hex(8)}:${kit.hex(8)}`,
      `BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "${kit.hex(8)}:${kit.hex(8)}"`,
    ],
    clean: ['BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}', `BUNDLE_GEMS__CONTRIBSYS__COM=${kit.hex(8)}`],
  }),
};

export const sidekiqSourceUrl: SecretRule = {
  id: 'secret/sidekiq-sensitive-url',
  title: 'Sidekiq Pro/Enterprise credentials in a gem source URL',
  keywords: ['contribsys.com'],
  pattern: new RegExp(String.raw`https?:\/\/(?<secret>${CREDENTIALS})@(?:gems|enterprise)\.contribsys\.com(?![A-Za-z0-9.\-])`),
  envName: 'BUNDLE_GEMS__CONTRIBSYS__COM',
  docs: 'https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro',
  samples: kit => ({
    secret: [`source "https://${kit.hex(8)}:${kit.hex(8)}@gems.contribsys.com/" do`, `http://${kit.hex(8)}:${kit.hex(8)}@enterprise.contribsys.com`],
    clean: [`source "https://${kit.hex(8)}:${kit.hex(8)}@rubygems.org/"`, 'source "https://gems.contribsys.com/" do'],
  }),
};
