import type { DrawContext } from './context';

export function drawDateline(ctx: DrawContext, ..._rest: unknown[]): void {
  void ctx;
}
