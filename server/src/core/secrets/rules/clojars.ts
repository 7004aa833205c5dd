/** Clojars deploy tokens: `CLOJARS_` + 60 lower-case alphanumerics. */
import type { SecretRule } from '../rule';

export const clojarsDeployToken: SecretRule = {
  id: 'secret/clojars-deploy-token',
  title: 'Clojars deploy token',
  keywords: ['clojars_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>CLOJARS_[a-z0-9]{60})(?![A-Za-z0-9_])/i,
  minEntropy: 3.5,
  envName: 'CLOJARS_TOKEN',
  docs: 'https://github.com/clojars/clojars-web/wiki/Deploy-Tokens',
  samples: kit => ({
    secret: [`:password "CLOJARS_${kit.lowerAlnum(60)}"`, `CLOJARS_PASSWORD=CLOJARS_${kit.lowerAlnum(60)}`],
    clean: ['CLOJARS_USERNAME=me', `CLOJARS_${kit.lowerAlnum(30)}`],
  }),
};
