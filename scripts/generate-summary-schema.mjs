// Generates schemas/summary.schema.json, the published JSON schema of `lhc summary --format json`.
// Run `node scripts/generate-summary-schema.mjs > schemas/summary.schema.json` after changing
// language/summary/summary-model.ts; a test checks that the committed schema is this script's output.
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' };
const str = { type: 'string' };
const num = { type: 'number' };
const int = { type: 'integer', minimum: 0 };
const bool = { type: 'boolean' };
const ref = (name) => ({ $ref: `#/definitions/${name}` });
const arr = (items) => ({ type: 'array', items });
const obj = (properties, required = [], extra = {}) => ({ type: 'object', additionalProperties: false, properties, required, ...extra });
const enumOf = (...values) => ({ type: 'string', enum: values });
const severity = enumOf('error', 'warning', 'info');
const targetStatus = enumOf('met', 'on-track', 'at-risk', 'missed', 'inconclusive', 'no-evidence');
const provenance = obj({ dataset: str, file: str, row: int, sha256: str, retrieved: date, period: str }, ['dataset', 'file', 'row', 'sha256', 'period']);
const evidence = obj({ value: num, date, lower: num, upper: num, measurement: str, source: str, provenance }, ['value', 'date']);
const evidenceSource = obj({ dataset: str, file: str, sha256: str, publisher: str, url: str, retrieved: date, illustrative: bool, rows: arr(int) }, ['dataset', 'file', 'sha256', 'illustrative', 'rows']);
const conditionStatus = enumOf('pass', 'fail', 'waived', 'nothing-to-judge');
const commitmentStatus = enumOf('not-yet-due', 'due', 'overdue', 'delivered', 'delivered-late', 'withdrawn', 'superseded', 'breached', 'in-force');
const valueKind = enumOf('money', 'percent', 'number');
const tone = enumOf('good', 'progress', 'warn', 'bad', 'neutral');
const factProps = { type: str, id: str, name: str, title: str, source: ref('sourceRef') };
const factRequired = ['type', 'id', 'name'];
const counts = (keys) => Object.fromEntries(keys.map((k) => [k, int]));

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/lhc-devolution/lhc/blob/main/schemas/summary.schema.json',
  title: 'lhc compliance summary',
  description: 'Output of `lhc summary --format json`: the compliance summary of a workspace of .lhc agreements as of a date.',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'asOf', 'staleAfterDays', 'files', 'agreements', 'powers', 'delegations', 'pilots', 'targets', 'commitments', 'conditions', 'findings', 'traceability', 'totals', 'verdict'],
  properties: {
    version: { const: 3 },
    asOf: date,
    staleAfterDays: int,
    files: arr(str),
    agreements: arr(ref('agreement')),
    powers: arr(ref('power')),
    delegations: arr(ref('delegation')),
    pilots: arr(ref('pilot')),
    targets: arr(ref('target')),
    commitments: arr(ref('commitment')),
    conditions: arr(ref('condition')),
    findings: arr(ref('finding')),
    traceability: arr(ref('traceRow')),
    totals: ref('totals'),
    verdict: ref('verdict'),
    changes: ref('changes')
  },
  definitions: {
    sourceRef: obj({ file: str, line: { type: 'integer', minimum: 1 } }, ['file', 'line']),
    fact: obj(factProps, factRequired),
    party: obj({ ...factProps, kind: str }, [...factRequired, 'kind']),
    clause: obj({ ...factProps, text: str, agreement: str }, [...factRequired, 'text']),
    agreement: obj({
      ...factProps, kind: enumOf('agreement', 'mou'), signed: date, documentSource: str,
      relations: arr(obj({ kind: enumOf('builds on', 'amends', 'supersedes'), target: str }, ['kind', 'target'])),
      signatories: arr(ref('party')), clauses: arr(ref('clause')), headline: ref('headline')
    }, [...factRequired, 'kind', 'relations', 'signatories', 'clauses']),
    headline: obj({
      covers: obj({ ...factProps, code: str, population: num, populationDate: date }, factRequired),
      effective: date,
      shadow: obj({ from: date, until: date }, ['from']),
      countersignatories: arr(ref('party')),
      envelopes: arr(obj({ ...factProps, kind: enumOf('envelope', 'allocation'), amount: num, period: enumOf('year', 'month'), financialYear: str }, [...factRequired, 'kind']))
    }, ['countersignatories', 'envelopes']),
    power: obj({ ...factProps, holders: arr(ref('party')), since: date }, [...factRequired, 'holders']),
    delegation: obj({
      ...factProps, kind: enumOf('delegates', 'devolves'), from: ref('party'), to: ref('party'), power: ref('fact'),
      start: date, end: date, status: enumOf('in-force', 'not-yet', 'ended', 'void'), clause: ref('clause'), agreement: str, heldBy: ref('party')
    }, [...factRequired, 'kind', 'status']),
    pilot: obj({
      ...factProps, agreement: str, areas: arr(ref('fact')), themes: arr(ref('fact')), leads: arr(ref('party')), partners: arr(ref('party')),
      aims: arr(str), start: date, end: date, plansBy: date,
      requests: arr(obj({ power: ref('fact'), amount: num, note: str })),
      status: enumOf('planned', 'active', 'ended', 'undated'), clause: ref('clause')
    }, [...factRequired, 'areas', 'themes', 'leads', 'partners', 'aims', 'requests', 'status']),
    target: obj({
      ...factProps, aspiration: ref('fact'), ambition: str, agreement: str, metric: str, unit: str,
      direction: enumOf('increase', 'decrease', 'maintain'), valueKind,
      baseline: obj({ value: num, date }, ['value', 'date']),
      goal: num,
      goalStated: obj({ value: num, kind: valueKind, relative: enumOf('below', 'above') }, ['value', 'kind']),
      deadline: date,
      latest: evidence,
      expectedAtLatest: num,
      status: targetStatus, stale: bool,
      history: arr(evidence),
      sources: arr(evidenceSource),
      inconclusive: enumOf('goal', 'trajectory'),
      missing: arr(enumOf('baseline', 'goal', 'deadline')),
      clause: ref('clause')
    }, [...factRequired, 'aspiration', 'valueKind', 'status', 'stale', 'history', 'missing']),
    commitment: obj({
      ...factProps, agreement: str, holders: arr(ref('party')),
      heldBy: arr(obj({ ...factProps, kind: str, inheritedFrom: arr(ref('party')) }, [...factRequired, 'kind'])),
      beneficiary: ref('party'),
      modality: enumOf('duty', 'endeavour', 'permission', 'prohibition'), modalityWords: str, what: str,
      deadlineKind: enumOf('dated', 'relative', 'continuing', 'undated'),
      due: { oneOf: [date, { type: 'null' }] },
      status: commitmentStatus,
      reason: str, delivered: date,
      evidence: { type: ['string', 'null'] }, evidenceSource: str, fulfilledBy: ref('fact'),
      clause: { oneOf: [ref('clause'), { type: 'null' }] }
    }, [...factRequired, 'holders', 'modality', 'modalityWords', 'what', 'deadlineKind', 'due', 'status', 'reason', 'evidence', 'clause']),
    waiver: obj({ by: enumOf('waiver', 'comment'), reason: str, approver: ref('party'), expiry: date, source: ref('sourceRef') }, ['by']),
    condition: obj({
      ...factProps, agreement: str, clause: ref('clause'), severity, status: conditionStatus,
      checked: arr(ref('fact')),
      violations: arr(obj({ subject: ref('fact'), message: str, why: str, waivedBy: ref('waiver') }, ['subject', 'message']))
    }, [...factRequired, 'severity', 'status', 'checked', 'violations']),
    finding: obj({
      ruleId: str, severity, source: enumOf('syntax', 'check', 'condition'), message: str,
      location: obj({ file: str, line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } }, ['file', 'line', 'column']),
      subject: ref('fact'),
      waived: obj({ by: enumOf('waiver', 'comment'), reason: str }, ['by', 'reason'])
    }, ['ruleId', 'severity', 'source', 'message', 'location']),
    traceRow: obj({
      clause: ref('clause'),
      conditions: arr(obj({ id: str, name: str, status: conditionStatus }, ['id', 'name', 'status'])),
      checks: arr(obj({ ruleId: str, findings: int, waived: int }, ['ruleId', 'findings', 'waived'])),
      facts: arr(ref('fact')),
      judged: arr(ref('fact')),
      result: enumOf('pass', 'fail', 'warning', 'waived', 'not-evidenced', 'nothing-to-judge', 'untested')
    }, ['clause', 'conditions', 'checks', 'facts', 'judged', 'result']),
    totals: obj({
      files: int, agreements: int, signatories: int,
      delegations: obj({ total: int, inForce: int }, ['total', 'inForce']),
      pilots: obj(counts(['total', 'planned', 'active', 'ended', 'undated']), ['total', 'planned', 'active', 'ended', 'undated']),
      targets: obj(counts(['total', 'stale', 'met', 'on-track', 'at-risk', 'missed', 'inconclusive', 'no-evidence']), ['total', 'stale', 'met', 'on-track', 'at-risk', 'missed', 'inconclusive', 'no-evidence']),
      conditions: obj(counts(['total', 'pass', 'fail', 'waived', 'nothing-to-judge']), ['total', 'pass', 'fail', 'waived', 'nothing-to-judge']),
      builtInRules: obj(counts(['inForce', 'judged', 'nothingToJudge']), ['inForce', 'judged', 'nothingToJudge']),
      findings: obj(counts(['errors', 'warnings', 'infos', 'waived']), ['errors', 'warnings', 'infos', 'waived'])
    }, ['files', 'agreements', 'signatories', 'delegations', 'pilots', 'targets', 'conditions', 'builtInRules', 'findings']),
    concernVerdict: obj({
      concern: str, label: str, state: enumOf('ok', 'attention', 'failing', 'empty'), symbol: str, word: str, tone,
      count: int, total: int, nothingToJudge: int, phrase: str,
      counts: arr(obj({ status: str, word: str, count: int, stale: int }, ['status', 'word', 'count'])),
      findings: obj({ errors: int, warnings: int, withErrors: int, withWarnings: int }, ['errors', 'warnings', 'withErrors', 'withWarnings'])
    }, ['concern', 'label', 'state', 'symbol', 'word', 'tone', 'count', 'total', 'nothingToJudge', 'phrase', 'counts', 'findings']),
    verdict: obj({
      state: enumOf('compliant', 'attention', 'not-compliant', 'nothing-to-judge'), symbol: str, word: str, tone, line: str,
      concerns: arr(ref('concernVerdict'))
    }, ['state', 'symbol', 'word', 'tone', 'line', 'concerns']),
    violation: obj({ ruleId: str, severity, message: str, subject: ref('fact'), location: ref('sourceRef') }, ['ruleId', 'severity', 'message']),
    changes: obj({
      since: str,
      declarations: obj({ added: arr(ref('fact')), removed: arr(ref('fact')), changed: arr(ref('fact')) }, ['added', 'removed', 'changed']),
      violations: obj({ introduced: arr(ref('violation')), fixed: arr(ref('violation')) }, ['introduced', 'fixed']),
      targets: arr(obj({ id: str, name: str, title: str, before: targetStatus, after: targetStatus, staleBefore: bool, staleAfter: bool }, ['id', 'name', 'staleBefore', 'staleAfter'])),
      conditions: arr(obj({ id: str, name: str, title: str, before: conditionStatus, after: conditionStatus }, ['id', 'name'])),
      dataFiles: arr(obj({ file: str, before: str, after: str, targets: arr(obj({ id: str, name: str, title: str, before: targetStatus, after: targetStatus }, ['id', 'name'])) }, ['file', 'targets'])),
      commitments: arr(obj({ id: str, name: str, title: str, before: commitmentStatus, after: commitmentStatus }, ['id', 'name'])),
      totals: obj({ before: ref('totals'), after: ref('totals') }, ['before', 'after'])
    }, ['since', 'declarations', 'violations', 'targets', 'conditions', 'dataFiles', 'totals'])
  }
};
process.stdout.write(JSON.stringify(schema, null, 2) + '\n');
