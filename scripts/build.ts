// npm run build: the production build `npm start` would make, recorded as current so that the
// next start serves it without building again (a Docker image builds here, then starts with
// production dependencies only). Needs only PUENTE_ENV, not the production secrets.
import { buildIfNeeded } from "./lib/build";
import { stopChildren } from "./lib/child-process";
import { onStopRequest } from "./lib/stop-signals";

onStopRequest((reason) => {
  console.error(`${reason}: stopping the build…`);
  void stopChildren(10_000).finally(() => process.exit(130));
});

buildIfNeeded(process.cwd()).then(
  (built) => console.log(built ? "Build finished." : "The build is current: nothing to do."),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
