/**
 * Sumo Logic access keys: an access id `su` + 12 base62 characters and an access key of 64 base62 characters. Neither
 * is distinctive alone, so only values assigned to a name mentioning Sumo are reported.
 */
import type { SecretRule } from '../rule';
import { assignedTo, ci, having } from './keywordContext';

/** `sumo`, `SumoLogic`, `SUMO_…` — but not `sumOf…`. */
const AFTER_SUMO = `(?:${ci('logic')})?(?![a-z])`;

export const sumoLogicAccessId: SecretRule = {
  id: 'secret/sumologic-access-id',
  title: 'Sumo Logic access id',
  keywords: ['sumo'],
  pattern: assignedTo(['sumo'], `su${having('[A-Za-z0-9]', 12, '[0-9]')}[A-Za-z0-9]{12}`, AFTER_SUMO),
  minEntropy: 3,
  envName: 'SUMO_ACCESS_ID',
  docs: 'https://help.sumologic.com/docs/manage/security/access-keys/',
  samples: kit => ({
    secret: [`SUMO_ACCESS_ID = "su${kit.base62(12)}"`, `sumologic.accessId = "su${kit.base62(12)}"`],
    clean: ['- (NSNumber *)sumOfProperty:(NSString *)property;', 'sumOfExposures = sumOfExposures;', `sumo_access_id: "${kit.base62(14)}x"`],
  }),
};

export const sumoLogicAccessKey: SecretRule = {
  id: 'secret/sumologic-access-token',
  title: 'Sumo Logic access key',
  keywords: ['sumo'],
  pattern: assignedTo(['sumo'], `${having('[A-Za-z0-9]', 64, '[0-9]', '[A-Za-z]')}[A-Za-z0-9]{64}`, AFTER_SUMO),
  minEntropy: 3.5,
  envName: 'SUMO_ACCESS_KEY',
  docs: 'https://help.sumologic.com/docs/manage/security/access-keys/',
  samples: kit => ({
    secret: [`export SUMOLOGIC_ACCESSKEY="${kit.base62(64)}"`, `SUMO_ACCESS_KEY: ${kit.base62(64)}`],
    clean: ['SUMO_ACCESS_KEY=${SUMO_ACCESS_KEY:=$2}', 'SUMO_ACCESS_KEY: AbCeFG123', `SUMO_ACCESS_KEY=${'x'.repeat(64)}`],
  }),
};
