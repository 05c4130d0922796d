// The built-in engine's suite (./engine-suite.ts) on SQL alone, as it searches until the memory
// index is loaded (and with SEARCH_MEMORY_INDEX=false).
import { postgresEngineSuite } from "./engine-suite";

postgresEngineSuite({ memoryIndex: false });
