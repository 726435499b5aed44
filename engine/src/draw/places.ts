import type { DrawContext } from './context';

export function drawPlaces(ctx: DrawContext, ..._rest: unknown[]): void {
  void ctx;
}
