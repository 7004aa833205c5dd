/**
 * What to do when the language server dies: restart it, and tell the user once per session (not once per crash).
 * After too many crashes in a short time it stays down and says so. Plain logic (no `vscode`), so it is unit-tested;
 * extension.ts turns the verdicts into vscode-languageclient's CloseAction and a notification.
 */
export interface RestartVerdict {
  restart: boolean;
  /** The one message to show, or undefined when the user was already told. */
  message?: string;
}

export class RestartPolicy {
  private crashes: number[] = [];
  private toldRestart = false;

  constructor(private readonly maxCrashes = 5, private readonly windowMs = 3 * 60 * 1000) {}

  onCrash(now = Date.now()): RestartVerdict {
    this.crashes = [...this.crashes.filter(t => now - t < this.windowMs), now];
    if (this.crashes.length >= this.maxCrashes) {
      return {
        restart: false,
        message: `Vouch: the language server crashed ${this.crashes.length} times in ${Math.round(this.windowMs / 60000)} minutes and was not restarted. ` +
          'See the Vouch output, then run "Vouch: Restart Server".',
      };
    }
    if (this.toldRestart) return { restart: true };
    this.toldRestart = true;
    return { restart: true, message: 'Vouch: the language server stopped unexpectedly and was restarted. See the Vouch output for details.' };
  }

  /** A manual restart starts a fresh count. */
  reset(): void { this.crashes = []; }
}
