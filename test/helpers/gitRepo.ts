/** A throw-away git repository with commits whose authors and trailers the test chooses. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export class TempRepo {
  readonly dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'vouch-git-')));

  constructor() {
    this.git('init', '-q');
    this.git('config', 'user.name', 'Ada Human');
    this.git('config', 'user.email', 'ada@example.com');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z', GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z' } });
  }

  write(file: string, text: string): string {
    const p = path.join(this.dir, file);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    return p;
  }

  /** Commits everything; returns the full sha. */
  commit(message: string, author?: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '-m', message, ...(author ? ['--author', author] : []));
    return this.git('rev-parse', 'HEAD').trim();
  }

  remove(): void { fs.rmSync(this.dir, { recursive: true, force: true }); }
}
