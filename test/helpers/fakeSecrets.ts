/** Fake secrets made at test time: nothing realistic is ever committed. */
import { SampleKit } from '../../server/src/core/secrets/sampleKit';

export function fakeSecrets(seed = Date.now() & 0xffff) {
  const kit = new SampleKit(seed);
  return {
    githubToken: () => kit.crcToken('ghp_'),
    badGithubToken: () => kit.badCrcToken('ghp_'),
    awsKeyId: () => 'AKIA' + kit.random('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
    password: () => kit.base62(10) + '!' + kit.digits(3),
    slackBot: () => `xoxb-${kit.digits(11)}-${kit.digits(12)}-${kit.base62(24)}`,
    kit,
  };
}
