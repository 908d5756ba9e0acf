// Pages through a cams-sim dataset with Alibaba Cloud's official SDK (@alicloud/openapi-client,
// generic callApi for ListChatGroup, ListChatGroupParticipants, ListInstance and
// QueryChatappPhoneNumbers, style RPC, POST) and shows a
// wrong secret is refused with SignatureDoesNotMatch. Proves the simulator accepts exactly what the official client sends,
// independently of our own signer.
//   node compat.js ENDPOINT AKID SECRET DATA_FILE
'use strict';
const OpenApi = require('@alicloud/openapi-client');
const OpenApiUtil = require('@alicloud/openapi-util').default;
const Util = require('@alicloud/tea-util');
const fs = require('fs');

const [endpoint, akid, secret, dataFile] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(dataFile, 'utf8'));

function client(secretValue) {
  return new OpenApi.default(new OpenApi.Config({
    accessKeyId: akid, accessKeySecret: secretValue, endpoint, protocol: 'http',
  }));
}

function params(action) {
  return new OpenApi.Params({
    action, version: '2020-06-06', protocol: 'HTTP', pathname: '/',
    method: 'POST', authType: 'AK', style: 'RPC', bodyType: 'json', reqBodyType: 'json',
  });
}

async function call(c, action, account, index, size, extra) {
  const query = Object.assign({
    BusinessNumber: account.business_number,
    CustSpaceId: account.cust_space_id,
    Page: JSON.stringify({ Index: index, Size: size }),
  }, extra || {});
  const request = new OpenApi.OpenApiRequest({ query: OpenApiUtil.query(query) });
  const response = await c.callApi(params(action), request, new Util.RuntimeOptions({}));
  return response.body;
}

// An action whose parameters are plain query values (the discovery actions), as the SDK's
// listInstance and queryChatappPhoneNumbers send them.
async function callQuery(c, action, query) {
  const request = new OpenApi.OpenApiRequest({ query: OpenApiUtil.query(query) });
  const response = await c.callApi(params(action), request, new Util.RuntimeOptions({}));
  return response.body;
}

function listChatGroupPage(c, account, index, size, extra) {
  return call(c, 'ListChatGroup', account, index, size, extra);
}

function fail(message) {
  console.error('compat: FAIL: ' + message);
  process.exit(1);
}

(async () => {
  const c = client(secret);
  let checked = 0;
  for (const account of data.accounts) {
    const expected = new Set(account.groups.map((g) => g.GroupId));
    const seen = new Set();
    let total = -1;
    for (let index = 1; total < 0 || seen.size < total; index++) {
      const body = await listChatGroupPage(c, account, index, 20);
      if (body.Code !== 'OK' || body.Success !== true) fail('page ' + index + ': ' + JSON.stringify(body));
      total = body.Data.Total;
      if (body.Data.List.length === 0) break;
      for (const g of body.Data.List) seen.add(g.GroupId);
    }
    if (total !== expected.size || seen.size !== expected.size) {
      fail(account.cust_space_id + ': listed ' + seen.size + ' of Total ' + total + ', expected ' + expected.size);
    }
    for (const id of expected) if (!seen.has(id)) fail('missing ' + id);
    checked += seen.size;
  }
  // Members: every group of the first account, paged at 3 so most groups take several pages.
  let members = 0;
  const first = data.accounts[0];
  for (const [groupId, expected] of Object.entries(first.participants)) {
    const seen = [];
    let total = -1;
    for (let index = 1; total < 0 || seen.length < total; index++) {
      const body = await call(c, 'ListChatGroupParticipants', first, index, 3, { GroupId: groupId, ChannelType: 'WHATSAPP' });
      if (body.Code !== 'OK' || body.Success !== true) fail('members of ' + groupId + ': ' + JSON.stringify(body));
      total = body.Data.Total;
      if (body.Data.List.length === 0) break;
      for (const p of body.Data.List) seen.push(p.ParticipantNumber);
    }
    if (JSON.stringify(seen) !== JSON.stringify(expected)) fail('members of ' + groupId + ' differ');
    members += seen.length;
  }
  const unknown = await call(c, 'ListChatGroupParticipants', first, 1, 20, { GroupId: 'no-such-group' });
  if (unknown.Success !== false || unknown.Code === 'OK') fail('an unknown group was listed: ' + JSON.stringify(unknown));

  // Discovery: every instance, one per page, then every number of each space it names.
  const spaces = [];
  let instances = -1;
  for (let index = 1; instances < 0 || spaces.length < instances; index++) {
    const body = await callQuery(c, 'ListInstance', { ChannelType: 'whatsapp', PageIndex: index, PageSize: 1 });
    if (body.Code !== 'OK' || body.Success !== true) fail('ListInstance page ' + index + ': ' + JSON.stringify(body));
    instances = body.TotalCount;
    if (body.Data.length === 0) break;
    for (const i of body.Data) spaces.push(i.CustSpaceId);
  }
  const wantSpaces = [...new Set(data.accounts.map((a) => a.cust_space_id))];
  if (JSON.stringify(spaces) !== JSON.stringify(wantSpaces)) fail('instances name ' + spaces + ', expected ' + wantSpaces);
  let numbers = 0;
  for (const space of spaces) {
    const body = await callQuery(c, 'QueryChatappPhoneNumbers', { CustSpaceId: space });
    if (body.Code !== 'OK' || body.Success !== true) fail('numbers of ' + space + ': ' + JSON.stringify(body));
    const got = body.PhoneNumbers.map((n) => n.PhoneNumber + ':' + n.Status);
    const want = data.phone_numbers.filter((n) => n.CustSpaceId === space).map((n) => n.PhoneNumber + ':' + n.Status);
    if (JSON.stringify(got) !== JSON.stringify(want)) fail('numbers of ' + space + ': ' + got + ', expected ' + want);
    numbers += got.length;
  }

  // Reserved characters in a filter: the SDK sends !'()* raw on the wire but signs them encoded.
  const tricky = await listChatGroupPage(c, data.accounts[0], 1, 20, { Subject: "it's (50%) *off*!", GroupStatus: 'ACTIVE' });
  if (tricky.Code !== 'OK') fail('reserved-character filter: ' + JSON.stringify(tricky));
  const unicode = await listChatGroupPage(c, data.accounts[0], 1, 20, { Subject: '技术支持 🚀' });
  if (unicode.Code !== 'OK') fail('unicode filter: ' + JSON.stringify(unicode));

  try {
    await listChatGroupPage(client(secret + '-wrong'), data.accounts[0], 1, 20);
    fail('a wrong secret was accepted');
  } catch (e) {
    if (e.code !== 'SignatureDoesNotMatch') fail('wrong secret gave ' + e.code + ': ' + e.message);
    if (!e.data || !e.data.RequestId) fail('the SignatureDoesNotMatch error has no RequestId');
  }
  console.log('compat: official SDK listed ' + checked + ' groups in ' + data.accounts.length +
              ' accounts and ' + members + ' members of ' + Object.keys(first.participants).length +
              ' groups; ' + spaces.length + ' instances and their ' + numbers + ' numbers;' +
              ' reserved and unicode filters accepted; wrong secret refused with SignatureDoesNotMatch');
})().catch((e) => fail(e.stack || String(e)));
