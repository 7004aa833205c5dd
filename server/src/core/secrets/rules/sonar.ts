/**
 * SonarQube / SonarCloud tokens: `squ_` (user), `sqp_` (project analysis), `sqa_` (global analysis) + 40 hex
 * characters; older tokens are 40 bare characters and are reported only when assigned to a name mentioning Sonar
 * (SONAR_TOKEN, sonar.login…).
 */
import type { SecretRule } from '../rule';
import { assignedTo, having } from './keywordContext';

export const sonarPrefixedToken: SecretRule = {
  id: 'secret/sonar-token',
  title: 'SonarQube token',
  keywords: ['squ_', 'sqp_', 'sqa_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sq[upa]_[a-f0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  envName: 'SONAR_TOKEN',
  docs: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
  samples: kit => ({
    secret: [`SONAR_TOKEN=squ_${kit.hex(40)}`, `sonar.token=sqp_${kit.hex(40)}`],
    clean: ['squ_', `squ_${kit.hex(20)}`],
  }),
};

export const sonarContextToken: SecretRule = {
  id: 'secret/sonar-token-assigned',
  title: 'SonarQube token',
  keywords: ['sonar'],
  pattern: assignedTo(['sonar'], `(?:sq[upa]_)?${having('[A-Za-z0-9=_\\-]', 40, '[0-9]', '[A-Za-z]')}[A-Za-z0-9=_\\-]{40}`),
  minEntropy: 3,
  envName: 'SONAR_TOKEN',
  docs: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
  samples: kit => ({
    secret: [`SONAR_LOGIN := "${kit.hex(40)}"`, `sonar.login=${kit.lowerAlnum(40)}`],
    clean: ['sonar.login=${SONAR_TOKEN}', `sonar.projectKey=${kit.lowerAlnum(12)}`, `commit = "${kit.hex(40)}"`],
  }),
};
