/** Language that shows learning, and language that shows a lesson applied since. Shared by the failure-story rules. */
export const LEARNING =
  /\b(?:learn(?:ed|t|ing|ings)?|lessons?|taught me|takeaways?|realized|realised|understood|in hindsight|looking back|reflect(?:ed|ion)?|insight|I now|now I|going forward|from then on|since then|next time|I should have|I would have|I'd have|would do differently)\b/i;

export const FOLLOW_THROUGH =
  /\b(?:since then|ever since|since that|from then on|these days|today I|now I|I now|on the next|the next (?:time|project|launch|quarter|release|year|migration|hire|team)|next time I|the following (?:week|month|quarter|year|project|sprint|launch|release)|later that|afterwards|I've (?:since|applied|used|introduced|made|started|built|run|kept|done)|I have (?:since|applied|used|introduced|made|started)|went on to|I applied|I introduced|I started|has become|became (?:a|our|my|the) (?:standard|practice|habit|rule)|still (?:use|do|run))\b/i;
