// The built-in engine's suite (../engine-suite.ts) on the memory index.
import { postgresEngineSuite } from "../engine-suite";

postgresEngineSuite({ memoryIndex: true });
