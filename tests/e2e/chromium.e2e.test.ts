import { launchChromium } from './lib/browsers';
import { popupSuite } from './popup.suite';
import { contentSuite } from './content.suite';
import { searchSuite } from './search.suite';
import { articleSuite } from './article.suite';
import { importSuite } from './import.suite';
import { hostileSuite } from './hostile.suite';
import { firstRunSuite } from './first-run.suite';

popupSuite(launchChromium);
searchSuite(launchChromium);
articleSuite(launchChromium);
contentSuite(launchChromium, 'chromium');
importSuite(launchChromium, 'chromium');
hostileSuite(launchChromium);
firstRunSuite(launchChromium);
