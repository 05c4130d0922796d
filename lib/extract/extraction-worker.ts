// Entry of an extraction worker (see extraction-pool.ts).
import { serveTasks } from "../workers/serve-tasks";
import { extractDocumentText } from "./extract-document";

serveTasks(extractDocumentText);
