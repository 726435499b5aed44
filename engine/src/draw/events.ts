import type { DrawContext } from './context';

export function drawEvents(ctx: DrawContext, ..._rest: unknown[]): void {
  void ctx;
}
