import { render } from 'preact';
render(<p>Lokus sidepanel</p>, document.getElementById('app')!);
