import { render } from 'preact';
render(<p>Lokus options</p>, document.getElementById('app')!);
