import { Recipe } from './recipe';

export default function Navigated() {
  return (
    <main>
      <h1>Reached by client navigation</h1>
      <Recipe />
    </main>
  );
}
