import { beforeEach } from 'vitest';
import { speak } from './i18n-catalogue';

// Every unit test starts in English; tests/unit/i18n/ switches to Russian where it checks it.
beforeEach(() => speak('en', 'en-US'));
