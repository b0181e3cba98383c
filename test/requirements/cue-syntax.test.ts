import { describe, expect, it } from 'vitest';
import { defineCues } from '../../server/src/document/cues';
import { REQUIREMENTS } from '../../server/src/requirements';

describe('cue syntax', () => {
  it('rejects a * that is not at the end of a cue, so every requirement module’s cues end their * or have none', () => {
    expect(REQUIREMENTS.length).toBeGreaterThan(0);
    expect(() => defineCues('test-misplaced-star', { en: ['delet* your account'] })).toThrow("cue 'delet* your account' in test-misplaced-star: '*' is allowed only at the end of a cue");
    expect(() => defineCues('test-final-star', { en: ['complain*'] })).not.toThrow();
  });
});
