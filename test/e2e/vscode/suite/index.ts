/** The extension host's entry for the suite: runs mocha on the bundled tests and reports failures to VS Code. */
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: true, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'vouch.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
