// The engine and the host's fact-base loader in one bundle, for in-process measurements
// (pure compute, no CLI or LSP around it). Bundled by bench/run.mjs into bench/out/engine.cjs.
export * from '../../engine/src/index';
export { loadFactBaseFile, bundledFactBasePath } from '../../host/src/factBases';
