// The comparison server for `npm run bench:sync`: express-pouchdb (the server code of
// pouchdb-server) over PouchDB's memory adapter, on the port given as the first argument.
import express from 'express';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';

const port = Number(process.argv[2]);
const MemoryPouch = PouchDB.plugin(memory).plugin(mapreduce).plugin(replication).defaults({ adapter: 'memory' });
const app = express();
// minimumForPouchDB: only what replication needs; inMemoryConfig: no config or log files.
app.use('/', expressPouchdb(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' }));
const server = app.listen(port, '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
