import { launchFirefox } from './lib/browsers';
import { popupSuite } from './popup.suite';
import { contentSuite } from './content.suite';
import { searchSuite } from './search.suite';
import { articleSuite } from './article.suite';
import { importSuite } from './import.suite';
import { hostileSuite } from './hostile.suite';
import { firstRunSuite } from './first-run.suite';

popupSuite(launchFirefox);
searchSuite(launchFirefox);
articleSuite(launchFirefox);
contentSuite(launchFirefox, 'firefox');
importSuite(launchFirefox, 'firefox');
hostileSuite(launchFirefox);
firstRunSuite(launchFirefox);
