// Node-side settings shared by the command line and the language server (the engine stays pure:
// it gets EngineOptions, never a file).
export {
  CONFIG_FILE_NAME,
  ConfigError,
  defaultBankSettings,
  loadProjectConfig,
  parseProjectConfig,
  readProjectConfig,
  type BankSettings,
  type ProjectConfig,
  type QuestionKind,
  type UserQuestion,
} from './project-config';
export { ConfigLocator } from './locate';
export { layerSettings } from './layers';
