import { DEFAULT_FIELD_CATALOGUE, OPERATORS } from '@handoff/domain';

/** The admin shell. The screens (settings, rule builder, simulator, board) arrive with issue 4. */
export function App() {
  return (
    <main>
      <h1>Handoff admin</h1>
      <p>
        The rule language knows {DEFAULT_FIELD_CATALOGUE.fields.length} fields and {OPERATORS.length} operators.
      </p>
    </main>
  );
}
