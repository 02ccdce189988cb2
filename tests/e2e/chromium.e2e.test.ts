import { launchChromium } from './lib/browsers';
import { popupSuite } from './popup.suite';

popupSuite(launchChromium);
