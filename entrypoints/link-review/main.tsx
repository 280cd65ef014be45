/**
 * The review page of a preset link: opened by the background when the merchant presses "Review
 * preset link" in the panel, with the pending link's random id after '#'. An extension page, so
 * no web page can reach, rewrite or relabel it; "Add preset" here is the only way a link adds a
 * preset (components/link-review/LinkReview.tsx).
 */
import { render } from 'preact';
import '../../assets/ui.css';
import { LinkReview } from '../../components/link-review/LinkReview';
import { t } from '../../utils/i18n';

document.title = t('links_review_title');
document.documentElement.lang = t('i18n_locale');
render(<LinkReview offer={location.hash.slice(1)} />, document.getElementById('app')!);
