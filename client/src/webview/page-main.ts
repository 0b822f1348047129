// Entry of the script inlined (by nonce) into `story-coach bank --format html`.
import { attachBehaviors, pageHost } from './behaviors';

attachBehaviors(document, pageHost(document));
