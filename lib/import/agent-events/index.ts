export { importAgentEventLog, type AgentEventImportPreview, type AgentEventImportResult, type ImportOptions } from "./import";
export { MAX_LOG_BYTES } from "./format";
export { parseAgentEventLog, type LogError } from "./parse";
export { importEntities, type ChangeCounts, type ImportEntity } from "./plan";
