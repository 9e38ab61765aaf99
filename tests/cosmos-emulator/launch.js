// Starts @vercel/cosmosdb-server over HTTPS (its own self-signed certificate) on a free loopback port and prints
// one line {"port":N} once it listens, for the test fixture to read. It exits when the test process goes away:
// the fixture holds our stdin open, so stdin ending (also when the test run is killed) is the signal to stop.
"use strict";

// The package's read handler dereferences the missing document in a partitioned container and answers 500
// ("Cannot read properties of undefined") where the service answers 404. Patched before the package builds its
// routes from the handler modules; CosmosEmulatorCapabilityTests checks the 404.
const readDocument = require("@vercel/cosmosdb-server/lib/handler/read-document");
const readDocumentAsPackaged = readDocument.default;
readDocument.default = (account, req, res, params) => {
  try {
    return readDocumentAsPackaged(account, req, res, params);
  } catch (error) {
    if (!(error instanceof TypeError)) {
      throw error;
    }
    res.statusCode = 404;
    return { code: "NotFound", message: "Entity with the specified id does not exist in the system." };
  }
};

const { createHttpsServer } = require("@vercel/cosmosdb-server");

// keepAlive: the package closes every connection by default, which costs a TLS handshake per request.
const server = createHttpsServer({ keepAlive: true });
// Longer than the client's pooled-connection idle timeout, so the client never reuses a connection we just closed.
server.keepAliveTimeout = 120000;

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + "\n");
});

const stop = () => process.exit(0);
process.stdin.on("end", stop);
process.stdin.on("error", stop);
process.stdin.resume();

// A second guard in case stdin was not a pipe: stop when the parent process is gone.
const parentPid = process.ppid;
setInterval(() => {
  try {
    process.kill(parentPid, 0);
  } catch {
    stop();
  }
}, 1000).unref();
