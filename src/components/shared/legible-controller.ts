/**
 * Connects an element to the page's one Legible runtime: subscribes while connected and
 * unsubscribes when removed, so moved or removed elements leak nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Settings } from '../../core/settings.js';
import { getLegible, type LegibleApi } from '../../page/runtime.js';

export class LegibleController implements ReactiveController {
  readonly api: LegibleApi = getLegible();
  settings: Settings = this.api.get();
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: (settings: Settings, previous: Settings) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.settings = this.api.get();
    this.unsubscribe = this.api.subscribe((settings) => {
      const previous = this.settings;
      this.settings = settings;
      this.host.requestUpdate();
      this.onChange?.(settings, previous);
    });
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
