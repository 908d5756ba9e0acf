// The peer: what a user would write instead of cams-groupsync. Alibaba's official SDK (generic
// callApi for ListChatGroup), paging sequentially, and the `pg` package upserting each group with
// INSERT ... ON CONFLICT DO UPDATE through one connection and a prepared (named) statement.
// Written fairly: no per-row reconnects, no pointless work.
//   node peer.js ENDPOINT AKID SECRET DATABASE_URL SCHEMA ACCOUNTS_JSON PAGE_SIZE
'use strict';
const OpenApi = require('@alicloud/openapi-client');
const OpenApiUtil = require('@alicloud/openapi-util').default;
const Util = require('@alicloud/tea-util');
const { Client } = require('pg');

const [endpoint, akid, secret, url, schema, accountsJson, pageSize] = process.argv.slice(2);
const accounts = JSON.parse(accountsJson);

(async () => {
  const api = new OpenApi.default(new OpenApi.Config({ accessKeyId: akid, accessKeySecret: secret, endpoint, protocol: 'http' }));
  const params = new OpenApi.Params({ action: 'ListChatGroup', version: '2020-06-06', protocol: 'HTTP',
    pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', bodyType: 'json', reqBodyType: 'json' });
  const db = new Client({ connectionString: url });
  await db.connect();
  await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await db.query(`CREATE TABLE IF NOT EXISTS ${schema}.chat_groups (
    cust_space_id text NOT NULL, business_number text NOT NULL, group_id text NOT NULL,
    subject text, description text, invite_link text, group_status text, profile_picture_file text,
    raw jsonb NOT NULL, updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (cust_space_id, business_number, group_id))`);
  const upsert = {
    name: 'upsert_group',
    text: `INSERT INTO ${schema}.chat_groups (cust_space_id, business_number, group_id, subject, description,
             invite_link, group_status, profile_picture_file, raw)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (cust_space_id, business_number, group_id) DO UPDATE SET
             subject = EXCLUDED.subject, description = EXCLUDED.description, invite_link = EXCLUDED.invite_link,
             group_status = EXCLUDED.group_status, profile_picture_file = EXCLUDED.profile_picture_file,
             raw = EXCLUDED.raw, updated_at = now()`,
  };
  let groups = 0, requests = 0;
  for (const a of accounts) {
    for (let index = 1; ; index++) {
      const query = { BusinessNumber: a.business_number, CustSpaceId: a.cust_space_id,
                      Page: JSON.stringify({ Index: index, Size: Number(pageSize) }) };
      const body = (await api.callApi(params, new OpenApi.OpenApiRequest({ query: OpenApiUtil.query(query) }),
                                       new Util.RuntimeOptions({}))).body;
      requests++;
      const list = body.Data.List || [];
      for (const g of list) {
        await db.query({ ...upsert, values: [a.cust_space_id, a.business_number, g.GroupId, g.Subject ?? null,
          g.Description ?? null, g.InviteLink ?? null, g.GroupStatus ?? null, g.ProfilePictureFile ?? null, g] });
        groups++;
      }
      if (list.length === 0 || index * Number(pageSize) >= body.Data.Total) break;
    }
  }
  await db.end();
  console.log(JSON.stringify({ groups, requests }));
})().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
