// Which interview date caps `story-coach rehearse` (story-bank spec §7): the target role's
// `Interview:` (the role found as for `bank`, spec §4), else `interviewDate` of `.storycoach.json`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadProjectConfig } from '../../../server/src/config';
import { rehearsalInterviewDate } from '../../../server/src/cli/rehearse/interview-date';

describe('story-coach rehearse: the interview date that caps the schedule', () => {
  let root: string;
  let warnings: string[];
  const write = (relative: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), text);
  };
  const role = (interview: string | null) => `# Head of Operations\n${interview ? `Interview: ${interview}\n` : ''}\n- Lead a team of 200 people.\n`;
  const settings = (value: object) => {
    write('.storycoach.json', JSON.stringify(value));
    return loadProjectConfig(path.join(root, '.storycoach.json'));
  };
  const dateFor = (project: ReturnType<typeof settings> | null, roleOption: string | null = null) => rehearsalInterviewDate(root, project, roleOption, (message) => warnings.push(message));

  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'story-coach-interview-')));
    warnings = [];
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("takes the only role file's Interview: over interviewDate", () => {
    write('roles/ops.role', role('2026-12-14'));
    assert.equal(dateFor(settings({ interviewDate: '2027-01-20' })), '2026-12-14');
  });

  it('falls back to interviewDate when the role has no Interview:, or there is no role', () => {
    const project = settings({ interviewDate: '2027-01-20' });
    assert.equal(dateFor(project), '2027-01-20');
    write('ops.role', role(null));
    assert.equal(dateFor(project), '2027-01-20');
    assert.equal(dateFor(null), null);
  });

  it('with several role files, takes "role" of the settings file, or --role over it; with neither, no role', () => {
    write('ops.role', role('2026-12-14'));
    write('cto.role', role('2026-12-20'));
    assert.equal(dateFor(settings({ interviewDate: '2027-01-20' })), '2027-01-20', 'two role files and no "role": no target role');
    const project = settings({ interviewDate: '2027-01-20', role: 'cto.role' });
    assert.equal(dateFor(project), '2026-12-20');
    assert.equal(dateFor(project, path.join(root, 'ops.role')), '2026-12-14');
  });

  it('goes on with interviewDate when the role file cannot be read, and says so', () => {
    write('ops.role', 'Interview: 2026-12-14\n\u0000binary');
    assert.equal(dateFor(settings({ interviewDate: '2027-01-20' })), '2027-01-20');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /ops\.role: .*binary.*; its Interview: date does not cap the schedule/);
  });
});
