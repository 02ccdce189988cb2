import { launchFirefox } from './lib/browsers';
import { popupSuite } from './popup.suite';

popupSuite(launchFirefox);
