// "Testa anslutningen" in a process of its own, so that the environment it starts with
// (HTTPS_PROXY, NO_PROXY, NODE_EXTRA_CA_CERTS, which Node reads only at start) is the one a
// command line or the preview would have. Prints the result as JSON.
import { createNodeConnection } from '../../src-main/network/node-connection.ts';
import { testConnection } from '../../src-main/outbox/connection-test.ts';

const [receiverUrl, senderKey] = process.argv.slice(2);
const connection = createNodeConnection();
process.stdout.write(`${JSON.stringify(await testConnection(receiverUrl, senderKey, connection))}\n`);
await connection.close();
