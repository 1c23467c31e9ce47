import { countAssignment, metricsRegistry } from './metrics';

const assignmentSamples = async (): Promise<string[]> =>
  (await metricsRegistry.getSingleMetricAsString('assignments_total')).split('\n').filter((line) => line.startsWith('assignments_total{'));

describe('countAssignment', () => {
  describe('when the method is one an assignment row records', () => {
    it.each(['roundRobin', 'leastLoaded', 'direct', 'manual'])('keeps %s as the label', async (method) => {
      countAssignment(method, 'assigned');

      expect(await assignmentSamples()).toContainEqual(expect.stringMatching(new RegExp(`^assignments_total\\{method="${method}",outcome="assigned"\\} [1-9]`)));
    });
  });

  describe('when the method is anything else', () => {
    it('counts it as "other", so no stored or client text becomes a series', async () => {
      countAssignment('from-a-stored-row-nobody-validated', 'unassigned');

      const samples = await assignmentSamples();
      expect(samples).toContainEqual(expect.stringMatching(/^assignments_total\{method="other",outcome="unassigned"\} 1$/));
      expect(samples.join('\n')).not.toContain('from-a-stored-row');
    });
  });
});
