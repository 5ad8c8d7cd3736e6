import { render } from 'solid-js/web';
import { App } from './App';
import './ui/styles.css';

render(() => <App />, document.getElementById('root')!);
