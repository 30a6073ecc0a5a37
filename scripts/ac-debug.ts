import autocannon from 'autocannon';
autocannon({ url: 'http://127.0.0.1:3710', connections: 50, duration: 5, requests: [{ setupRequest: (r) => ({ ...r, path: '/bench-reference' }) }] }).then((r) => console.log(r.requests.total, r.errors, r.timeouts, r['2xx'], r.non2xx, r.latency.p50, r.latency.p99));
