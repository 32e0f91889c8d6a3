import { idProblem, isId, listProblem, MAX_LIST_LENGTH, MAX_STRING_LENGTH, stringProblem } from './input-rules.js';

describe('input rules', () => {
  it('takes UUIDs as ids, in either case, and nothing else', () => {
    expect(isId('3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b')).toBe(true);
    expect(isId('3F2B8C1E-5D4A-4E6F-9A7B-1C2D3E4F5A6B')).toBe(true);
    for (const bad of ['', '1', 'abc', '3f2b8c1e5d4a4e6f9a7b1c2d3e4f5a6b', '{3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b}', '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6g', '3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b\u0000']) {
      expect(idProblem(bad)).toMatch(/must be an id/);
    }
  });

  it('refuses NUL characters, lone surrogates and strings over the limit', () => {
    expect(stringProblem('Les Contes du Marais — saison 2 🎬')).toBeNull();
    expect(stringProblem('a\u0000b')).toMatch(/NUL/);
    expect(stringProblem('a\ud800b')).toMatch(/surrogate/);
    expect(stringProblem('\udc00')).toMatch(/surrogate/);
    expect(stringProblem('\udfff\ud800')).toMatch(/surrogate/);
    expect(stringProblem('x'.repeat(MAX_STRING_LENGTH))).toBeNull();
    expect(stringProblem('x'.repeat(MAX_STRING_LENGTH + 1))).toMatch(/at most 10000/);
    expect(stringProblem('ABCDE-ABCDE', 5)).toMatch(/at most 5/);
  });

  it('bounds lists', () => {
    expect(listProblem(MAX_LIST_LENGTH)).toBeNull();
    expect(listProblem(MAX_LIST_LENGTH + 1)).toMatch(/at most 200/);
  });
});
