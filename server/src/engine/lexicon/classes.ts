/**
 * The coaching lexicon: the word classes the coaching rules reason about, as data. Each class
 * becomes a compromise tag (#Party, #Obstruct, …) added by the coaching plugin after compromise's
 * own tagging, so part-of-speech tags stay compromise's. Verbs are listed by lemma and conjugated
 * by compromise; nouns by singular; idioms as phrases whose first word is a verb lemma, with `*`
 * standing for up to three words ("drag * feet" matches "dragged their feet").
 */
export interface LexiconClass {
  readonly description: string;
  /** Verb lemmas, conjugated by compromise (sit → sat, sitting, sits). */
  readonly verbs?: readonly string[];
  /** Singular nouns, pluralised by compromise. */
  readonly nouns?: readonly string[];
  /** Words taken as written (adjectives, adverbs, pronouns, forms compromise would not derive). */
  readonly words?: readonly string[];
  /** Multi-word idioms; a first word that is a verb lemma is conjugated. */
  readonly phrases?: readonly string[];
}

export const COACH_CLASSES = {
  Party: {
    description: 'people and groups other than the writer: roles, departments, functions, vendors, clients',
    nouns: [
      'manager', 'boss', 'supervisor', 'lead', 'director', 'vp', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'ciso', 'founder',
      'executive', 'exec', 'head', 'owner', 'pm', 'colleague', 'coworker', 'co-worker', 'teammate', 'peer', 'team', 'squad',
      'vendor', 'supplier', 'contractor', 'subcontractor', 'consultant', 'agency', 'partner', 'client', 'customer',
      'stakeholder', 'sponsor', 'designer', 'developer', 'engineer', 'analyst', 'tester', 'architect', 'intern',
      'department', 'leadership', 'management', 'board', 'committee', 'procurement', 'purchasing', 'finance', 'legal',
      'hr', 'compliance', 'security', 'operations', 'ops', 'sales', 'marketing', 'facilities', 'infosec', 'infra',
      'infrastructure', 'accounts', 'payroll', 'regulator', 'auditor', 'counsel', 'lawyer', 'landlord', 'investor',
      'headquarters', 'hq', 'competitor', 'rival', 'integrator', 'outsourcer', 'provider', 'carrier', 'platform team', 'product team',
      'product owner', 'product manager', 'project manager', 'program manager', 'account manager', 'tech lead',
      'team lead', 'other team', 'offshore team', 'client side', 'business side', 'other side', 'upper management',
      'senior management', 'the business', 'predecessor', 'successor', 'staff', 'employee', 'hire', 'recruiter', 'report',
      'funder', 'donor', 'rep', 'representative', 'union', 'council', 'authority', 'government', 'ministry', 'lender',
      'broker', 'reseller', 'distributor', 'franchisee', 'nurse', 'doctor', 'sister', 'clinician', 'surgeon', 'teacher',
      'planner', 'buyer', 'shareholder', 'chair', 'chairman', 'chairwoman', 'panel', 'cmo', 'cpo', 'gm', 'svp', 'evp',
      'md', 'principal', 'office', 'org', 'folk', 'guy', 'side',
    ],
    words: ['he', 'she', 'they', 'someone', 'somebody', 'everyone', 'nobody', 'anyone'],
  },
  Obstruct: {
    description: 'obstructive or negative predicates: what a coach hears as pinning trouble on someone',
    verbs: [
      'stonewall', 'stall', 'block', 'obstruct', 'hinder', 'hamper', 'sabotage', 'undermine', 'derail', 'torpedo',
      'botch', 'bungle', 'fumble', 'mismanage', 'mishandle', 'neglect', 'ignore', 'refuse', 'veto', 'overrule',
      'renege', 'backtrack', 'flake', 'ghost', 'blindside', 'overpromise', 'underdeliver', 'micromanage', 'dither',
      'procrastinate', 'waffle', 'interfere', 'meddle', 'hijack', 'bottleneck', 'slow-walk', 'sandbag', 'stymie',
      'squander', 'waste', 'ruin', 'wreck', 'sink', 'kill', 'scupper', 'jeopardise', 'jeopardize', 'overload',
      'complain', 'moan', 'whine', 'bicker', 'drag', 'delay', 'fail', 'forget', 'miss', 'break', 'dump',
      'override', 'overrule', 'fight', 'resist', 'oppose', 'reject', 'dismiss', 'disregard', 'scrap', 'axe', 'cancel',
      'abandon', 'desert', 'stonewall', 'filibuster', 'quibble', 'nitpick', 'second-guess', 'bypass', 'circumvent',
    ],
    phrases: [
      'sit on', 'drag * feet', 'go back on', 'keep changing', 'keep moving', 'keep adding', 'keep pushing', 'move the goalposts',
      'move the goal posts', 'shift the goalposts', 'drop the ball', 'mess up', 'screw up', 'blow it', 'let * down',
      'leave * hanging', 'leave * in the lurch', 'leave * in the dark', 'throw * under the bus', 'hold up', 'hold * up',
      'pull out', 'back out', 'bail out', 'walk away', 'pull the plug', 'cut corners', 'change * mind', 'sit on * hands',
      'pass the buck', 'go dark', 'go silent', 'go quiet', 'push back', 'water down', 'drop out', 'fall short',
      'fall behind', 'fall through', 'fall apart', 'cave in', 'give up on', 'walk back', 'walk out', 'throw out',
      'brush * aside', 'brush off', 'wave * away', 'wave * off', 'shoot down', 'shoot * down', 'hold * hostage',
      'let * sit', 'let * gather dust', 'gather dust', 'can not be bothered', 'could not be bothered', 'never got round to',
      'never got around to', 'never get round to', 'never get around to', 'go and', 'take forever', 'take ages',
      'sit on * hands', 'kick * into the long grass', 'kick the can', 'pass the buck', 'play politics', 'dig * heels in',
      'dig in', 'pull rank', 'go over * head', 'go behind * back', 'back out of', 'drop out of', 'cut * out',
    ],
  },
  Duty: {
    description: 'duties whose omission ("never delivered", "didn\'t reply") is a complaint when someone else is the subject',
    verbs: [
      'deliver', 'respond', 'reply', 'answer', 'listen', 'read', 'follow', 'sign', 'release', 'approve', 'share', 'tell',
      'inform', 'warn', 'prepare', 'test', 'check', 'engage', 'commit', 'support', 'help', 'provide', 'send', 'return',
      'cooperate', 'communicate', 'update', 'document', 'fund', 'staff', 'show', 'turn', 'call', 'bother', 'care',
      'honour', 'honor', 'keep', 'meet', 'hit', 'finish', 'complete', 'fix', 'review', 'escalate', 'flag',
    ],
  },
  Judgement: {
    description: 'negative judgements of people ("incompetent", "useless", "impossible to work with")',
    words: [
      'incompetent', 'lazy', 'useless', 'clueless', 'unresponsive', 'unreasonable', 'difficult', 'impossible', 'hopeless',
      'sloppy', 'careless', 'chaotic', 'disorganised', 'disorganized', 'dysfunctional', 'unhelpful', 'uncooperative',
      'obstructive', 'territorial', 'inflexible', 'rigid', 'negligent', 'unreliable', 'flaky', 'incapable', 'inept',
      'hostile', 'toxic', 'defensive', 'resistant', 'absent', 'missing', 'asleep', 'nightmare', 'disaster', 'clueless',
      'amateurish', 'unprofessional', 'dishonest', 'stubborn', 'arrogant', 'slow', 'late', 'behind', 'awol', 'mia',
      'checked-out', 'disengaged', 'indecisive', 'stale', 'incomplete', 'riddled', 'buggy', 'half-finished', 'unusable',
      'inaccurate', 'wrong', 'broken', 'flawed', 'shoddy', 'substandard', 'poor', 'patchy', 'garbled', 'out-of-date', 'out of their depth', 'out of his depth', 'out of her depth',
      'not up to', 'no help', 'a mess', 'a joke', 'to blame', 'at fault', 'responsible for the delay',
    ],
  },
  Blame: {
    description: 'nouns that pin a fault on someone ("their mistake", "the vendor\'s delays")',
    nouns: ['mistake', 'error', 'fault', 'failure', 'incompetence', 'negligence', 'delay', 'screw-up', 'blunder', 'sloppiness', 'inaction', 'indecision', 'carelessness', 'oversight', 'bungling', 'lateness'],
  },
  Degree: {
    description: 'degree words that claim a size without measuring it, whatever they modify',
    words: [
      'significant', 'significantly', 'substantial', 'substantially', 'considerable', 'considerably', 'huge', 'hugely',
      'massive', 'massively', 'tremendous', 'tremendously', 'dramatic', 'dramatically', 'vast', 'vastly', 'greatly',
      'sizeable', 'sizable', 'noticeable', 'noticeably', 'marked', 'markedly', 'meaningful', 'meaningfully', 'enormous',
      'enormously', 'immense', 'immensely', 'remarkable', 'remarkably', 'drastic', 'drastically', 'radical', 'radically',
      'exponential', 'exponentially', 'sharply', 'steeply', 'measurably', 'appreciably', 'materially', 'sizeably', 'sizably',
      'sweeping', 'outsized', 'hefty', 'game-changing', 'transformational', 'transformative', 'phenomenal', 'stellar',
      'spectacular', 'unbelievable', 'incredible', 'profound', 'profoundly', 'tangible', 'tangibly', 'palpable', 'palpably',
      'astronomical', 'astronomically', 'colossal', 'whopping', 'monumental', 'seismic', 'staggering', 'staggeringly',
      'extraordinary', 'extraordinarily', 'exceptional', 'exceptionally', 'mammoth', 'startling', 'startlingly',
      'striking', 'strikingly', 'visible', 'visibly', 'perceptible', 'perceptibly', 'appreciable', 'material',
      'enormous', 'mega', 'gigantic', 'fundamental', 'fundamentally', 'rapid', 'rapidly',
    ],
  },
  Intensifier: {
    description: 'intensifiers and plain size words: vague only with an impact word or a comparative ("much faster", "a big uplift")',
    words: [
      'much', 'far', 'way', 'lot', 'lots', 'tons', 'loads', 'plenty', 'really', 'very', 'extremely', 'super', 'so', 'incredibly',
      'wildly', 'great', 'big', 'major', 'real', 'serious', 'seriously', 'strong', 'solid', 'large', 'healthy', 'notable',
      'notably', 'impressive', 'impressively', 'fantastic', 'amazing', 'excellent', 'terrific', 'outstanding', 'heavily',
      'greater', 'bigger', 'larger', 'giant', 'steep', 'sharp', 'nice', 'good', 'decent', 'better',
      'strongly', 'heaps', 'ton', 'masses', 'miles', 'truly', 'genuinely', 'quite', 'pretty', 'awfully', 'terribly',
      'insanely', 'crazy', 'ridiculously', 'hugely', 'highly', 'vastly', 'powerful', 'powerfully', 'robust', 'robustly',
      'fabulous', 'brilliant', 'superb', 'tremendous', 'considerably', 'nicely', 'handsomely', 'comfortably', 'widely',
      'deeply', 'loads',
    ],
  },
  Impact: {
    description: 'nouns that name a change or an outcome, and adjectives that praise one',
    nouns: [
      'improvement', 'increase', 'reduction', 'uplift', 'lift', 'gain', 'growth', 'impact', 'saving', 'boost', 'decrease',
      'decline', 'drop', 'difference', 'success', 'win', 'benefit', 'value', 'progress', 'efficiency', 'productivity',
      'revenue', 'change', 'effect', 'jump', 'rise', 'cut', 'return', 'roi', 'traction', 'momentum', 'adoption',
      'engagement', 'upside', 'headway', 'result', 'outcome', 'leap', 'turnaround', 'acceleration', 'contribution',
      'speedup', 'speed-up', 'shift', 'step change', 'step-change', 'inroads', 'strides', 'dent', 'effectiveness',
      'improvements', 'savings', 'gains', 'efficiencies', 'cost savings', 'time savings', 'uptick', 'spike', 'surge',
      'slowdown', 'amount', 'portion', 'share', 'volume', 'chunk', 'margin', 'stride', 'payoff', 'pay-off',
      'upturn', 'breakthrough', 'upswing', 'expansion', 'shrinkage', 'cutback', 'climb', 'fall', 'dip', 'plunge',
      'recovery', 'rebound', 'enhancement', 'advance', 'advancement', 'transformation',
      'buy-in', 'uptake', 'take-up',
    ],
    words: [
      'happy', 'pleased', 'successful', 'satisfied', 'impressed', 'delighted', 'effective', 'popular', 'thrilled',
      'well received', 'well-received', 'improved', 'better', 'faster', 'quicker', 'cheaper', 'smoother', 'easier',
      'stronger', 'higher', 'lower', 'fewer', 'less', 'more', 'leaner', 'slicker', 'tighter', 'safer', 'clearer',
      'happier', 'healthier', 'shorter', 'longer', 'bigger', 'smaller', 'greater', 'richer', 'sharper', 'simpler',
      'calmer', 'busier',
    ],
  },
  Vague: {
    description: 'vague quantities that need no partner to be vague ("various", "countless")',
    words: ['various', 'numerous', 'countless', 'myriad', 'umpteen', 'untold'],
    phrases: [
      'a lot of', 'lots of', 'tons of', 'loads of', 'a bunch of', 'a great deal', 'a good deal', 'plenty of', 'a ton of',
      'made things better', 'improved things', 'moved the needle', 'made a difference', 'made a real difference',
      'made a big difference', 'made a huge difference', 'went a long way', 'paid off', 'paid dividends', 'a lot',
      // Size idioms: they claim a big change without saying how big.
      'leaps and bounds', 'by a mile', 'by miles', 'night and day', 'night-and-day', 'a world of difference',
      'a world apart', 'worlds apart', 'through the roof', 'off the charts', 'off the scale', 'sky-high', 'sky high',
      'skyrocket', 'skyrocketed', 'sky-rocketed', 'went up a gear', 'up a notch', 'a step change', 'step-change', 'step change',
      'strides', 'huge strides', 'big strides', 'no end', 'quite a bit', 'a fair bit', 'a good bit', 'a whole lot',
      'a whole host of', 'a host of', 'a raft of', 'a wealth of', 'masses of', 'heaps of', 'stacks of', 'scores of',
      'a good many', 'a great many', 'way up', 'way down', 'like never before', 'streets ahead', 'miles ahead',
      'head and shoulders', 'in spades', 'like crazy', 'like wildfire', 'took off', 'take off', 'game changer', 'game-changer',
      'turned a corner', 'turned the corner', 'turned things around', 'turned it around', 'a real difference', 'a massive difference',
      'a noticeable difference', 'a significant difference', 'went well', 'worked well', 'worked wonders', 'did wonders',
      'a big hit', 'a huge hit', 'a real hit', 'a great success', 'a big success', 'a huge success', 'a real success',
    ],
  },
  Excuse: {
    description: 'excuse frames: the writer denying agency or information',
    phrases: [
      'not my fault', "wasn't my fault", 'was not my fault', 'no fault of my own', 'no fault of ours', 'beyond my control',
      'beyond our control', 'out of my control', 'out of our control', 'outside my control', 'outside our control',
      'outside of my control', 'out of my hands', 'out of our hands', 'my hands were tied', 'our hands were tied',
      'had no choice', 'had no option', 'had no other option', 'had no real option', 'had no real choice', 'had no alternative',
      'had little choice', 'had no say', 'left me no choice', 'left us no choice', 'had no way of knowing', 'no way to know',
      'not my call', "wasn't my call", 'not my decision', "wasn't my decision", 'not my responsibility', "wasn't my responsibility",
      'not my job', "wasn't my job", 'not my area', 'not my problem', 'above my pay grade', 'above my head',
      'kept in the dark', 'left in the dark', 'kept * in the dark', 'left * in the dark', 'kept * out of the loop', 'left * out of the loop', 'kept me in the dark', 'kept us in the dark', 'out of the loop', 'not in the loop',
      'set up to fail', 'set me up to fail', 'set us up to fail', 'just following orders', 'only following orders',
      'just the messenger', 'only the messenger', 'did everything i could', 'did all i could', 'did what i could',
      'nothing i could do', 'nothing i could have done', 'nothing we could do', 'nothing we could have done',
      'nothing anyone could', 'little i could', 'little i could have done', 'not much i could', 'anyone would have',
      'nobody could have', 'no one could have', 'could not have known', "couldn't have known", 'could not have predicted',
      "couldn't have predicted", 'could not have foreseen', "couldn't have foreseen", 'bad luck', 'just unlucky',
      'inherited a mess', 'inherited the mess', 'inherited a disaster', 'was handed a mess', 'given an impossible',
      'given an unrealistic', 'handed an impossible', 'handed an unrealistic', 'what i was told', 'as i was told',
      'somebody else problem', 'someone else problem', 'somebody else job', 'someone else job', 'someone else call',
      'not on me', 'not on my radar', 'never on my radar', 'not part of my', 'never part of my', 'not my remit',
      'outside my remit', 'beyond my remit', 'not in my remit', 'not mine to', 'not really mine', 'never mine to',
      'before my time', 'before i joined', 'before i came on board', 'before i arrived', 'before i took over', 'baked in',
      'i was handed', 'we were handed', 'i was given', 'was not to know', 'not in the room', 'left off the', 'left out of the',
      'just following', 'only following', 'simply following', 'no way i could', 'no way we could', 'no way anyone could',
      'not something i could', 'never something i could', 'not something i', 'nothing to do with me', 'not down to me',
      'out of my depth through no', 'no one could', 'nobody could', 'the circumstances', 'circumstances i',
      'could not do anything', 'could not have done anything', 'could not have changed', 'could not have prevented',
      'could not have stopped', 'could not have avoided', 'could not have known', 'could not have seen',
      'had no authority', 'had no power', 'had no mandate', 'had no access', 'had no control', 'had no input',
      'i was told to', 'we were told to', 'had to go along', 'the timeline was unrealistic', 'the deadline was unrealistic',
      'the deadline was impossible', 'the timeline was impossible', 'unrealistic deadline', 'unrealistic timeline', 'impossible deadline',
    ],
  },
  Uninformed: {
    description: 'information verbs of an excuse ("nobody told me", "I was never informed")',
    verbs: ['tell', 'inform', 'warn', 'brief', 'consult', 'notify', 'alert', 'mention', 'flag', 'update', 'involve', 'copy', 'include', 'loop', 'advise', 'show', 'train', 'receive', 'invite', 'give', 'hand', 'send'],
    words: ['aware', 'unaware', 'know', 'knew', 'known', 'idea', 'visibility', 'clue', 'heads-up'],
  },
  Agency: {
    description: 'what the writer says they lacked: power, a say, access ("I didn\'t have the authority")',
    nouns: ['authority', 'vote', 'say', 'access', 'power', 'mandate', 'remit', 'control', 'choice', 'option', 'input', 'seat', 'sign-off', 'influence', 'budget', 'headcount', 'resource', 'leverage', 'clout', 'permission', 'right', 'visibility', 'chance', 'time'],
  },
  Boast: {
    description: 'absolutes and superlatives a writer claims for their own work',
    words: [
      'single-handedly', 'singlehandedly', 'flawless', 'flawlessly', 'perfect', 'perfectly', 'unmatched', 'unrivalled',
      'unrivaled', 'unparalleled', 'unbeatable', 'unbeaten', 'peerless', 'unprecedented', 'world-class', 'legendary',
      'genius', 'rockstar', 'ninja', 'guru', 'indispensable', 'irreplaceable', 'effortlessly', 'faultless', 'faultlessly',
      'impeccable', 'impeccably', 'best-in-class', 'superstar', 'savior', 'saviour', 'mastermind', 'unstoppable',
      'infallible', 'top-performing', 'record-breaking', 'masterpiece', 'masterclass', 'triumph', 'tour de force', 'textbook', 'unequalled', 'unequaled', 'unsurpassed', 'untouchable',
    ],
    phrases: [
      'second to none', 'like no other', 'all by myself', 'without any help',
      'without a hitch', 'without one mistake', 'without any mistakes', 'zero mistakes', 'never made a mistake',
      'never fail', 'never failed', 'never miss', 'never missed', 'never lose', 'never lost', 'always deliver', 'always delivered',
      'always succeed', 'always get it right', 'always got it right', 'always win', 'always hit', 'always exceed', 'always nail',
      'every single time', 'nobody else could', 'no one else could', 'nobody else would', 'no one else would', 'nobody else was able',
      'no one else was able', 'nobody else had', 'no one else had', 'none of my peers', 'nobody on the team could',
      'no one on the team could', 'nobody in the company could', 'the only one who could', 'the only person who could',
      'only i could', 'the only one able', 'carried the team', 'carried the project', 'saved the company', 'saved the project',
      'saved the day', 'the go-to person', 'the go-to', 'of all time', 'in company history', "in the company's history",
      'in our history', 'anyone had ever seen', 'anyone has ever seen', 'has ever had', 'had ever had', 'has ever seen', 'had ever seen',
      'ever had', 'ever seen', 'ever done', 'ever delivered', 'the best ever', 'best ever', 'the most successful',
    ],
  },
  Record: {
    description: 'frames that turn a superlative into a record claim ("ever", "in the industry")',
    words: ['ever', 'history', 'industry', 'world', 'division', 'company', 'region', 'market', 'country', 'organisation', 'organization', 'firm', 'business', 'sector', 'field', 'generation', 'department'],
  },
  Virtue: {
    description: 'virtues a disguised-strength "failure" is made of, when overdone ("too thorough")',
    words: [
      'thorough', 'careful', 'dedicated', 'committed', 'passionate', 'loyal', 'honest', 'generous', 'helpful', 'trusting',
      'ambitious', 'driven', 'demanding', 'invested', 'conscientious', 'meticulous', 'diligent', 'hardworking',
      'hard-working', 'caring', 'nice', 'kind', 'selfless', 'eager', 'enthusiastic', 'detail-oriented', 'detail-focused',
      'responsible', 'supportive', 'accommodating', 'hands-on', 'humble', 'modest', 'patient', 'empathetic', 'protective',
      'organised', 'organized', 'productive', 'energetic', 'rigorous', 'exacting', 'perfectionist', 'principled',
      'prepared', 'careful', 'cautious', 'polite', 'agreeable', 'available', 'devoted', 'focused', 'generous', 'trusting',
    ],
  },
  VirtueVerb: {
    description: 'verbs of a virtue that, done "too much", make a disguised strength ("I trust my team too much")',
    verbs: ['trust', 'care', 'help', 'give', 'work', 'invest', 'push', 'commit', 'support', 'protect', 'shield', 'prepare', 'check', 'worry', 'listen', 'try', 'polish', 'perfect', 'sweat', 'obsess'],
  },
  Humblebrag: {
    description: 'strengths dressed as weaknesses: nouns and set phrases',
    nouns: ['perfectionist', 'workaholic', 'people-pleaser', 'perfectionism', 'overachiever', 'high standard', 'high bar', 'attention to detail', 'work ethic'],
    phrases: [
      'work too hard', 'work too much', 'care too much', 'care too deeply', 'take on too much', 'can not say no',
      'could not say no', 'never say no', 'struggle to say no', 'too hard on myself', 'hard on myself', 'the bar too high',
      'set the bar', 'never switch off', 'can not switch off', 'never stop working', 'give too much', 'go the extra mile',
      'give 110', 'too many hours', 'too much responsibility', 'too much of myself', 'over-deliver', 'overdeliver',
      'over-prepare', 'overprepare', 'over-commit', 'overcommit', 'too invested', 'too much pride', 'over-prepared',
      'overprepared', 'over-delivered', 'overdelivered', 'over-committed', 'overcommitted', 'over-invested', 'overinvested',
      'always say yes', 'say yes to everything', 'said yes to everything', 'can not stop myself', 'could not stop myself',
      'can not bear to let', 'could not bear to let', 'put * before my own', 'put * needs before',
      'for too long', 'too much heart', 'work through', 'worked every weekend', 'never take a day off', 'never took a day off',
      'never took holiday', 'never take holiday', 'no days off', 'answered emails at', 'on call for everyone',
    ],
  },
  Standard: {
    description: 'what a disguised strength sets too high: standards, the bar, expectations',
    nouns: ['standard', 'bar', 'expectation'],
  },
  Excess: {
    description: 'markers of excess that turn a virtue into a "weakness"',
    words: ['too', 'overly', 'excessively', 'impossibly', 'unreasonably', 'extremely', 'obsessively', 'overdo', 'over', 'so'],
  },
  Misconduct: {
    description: 'misconduct, concealment and misstatement: acts an employer cannot risk',
    verbs: [
      'falsify', 'fabricate', 'fudge', 'doctor', 'forge', 'backdate', 'embezzle', 'steal', 'cheat', 'plagiarise', 'plagiarize',
      'harass', 'bribe', 'lie', 'mislead', 'deceive', 'misrepresent', 'misstate', 'conceal', 'hide', 'shred', 'leak',
      'launder', 'defraud', 'embezzle', 'bully', 'intimidate', 'threaten', 'retaliate', 'manipulate', 'massage', 'whitewash',
      'tamper', 'fake', 'spoof', 'impersonate', 'misappropriate', 'overbill',
    ],
    phrases: [
      'cover up', 'cover * up', 'covered up', 'sweep * under the rug', 'sweep * under the carpet', 'keep * quiet', 'keep * secret',
      'keep * under wraps', 'keep * from the', 'keep * hidden', 'keep * off the books', 'cook the books', 'massage the numbers',
      'massage the figures', 'fudge the numbers', 'fudge the figures', 'pad the numbers', 'round up the numbers', 'look the other way',
      'turn a blind eye', 'sign off on hours', 'take credit for', 'took credit for', 'pass off', 'pass * off as',
      'never disclose', 'not disclose', 'fail to disclose', 'quietly change', 'quietly fix', 'quietly delete', 'quietly remove',
      'tell * it was', 'tell * that it was', 'say it was', 'claim it was', 'report it as', 'when it was not', "when it wasn't",
      "when it hadn't", 'when it had not', 'when they were not', "when they weren't", 'though it was not', "though it wasn't",
      'that never happened', 'nobody had worked', 'no one had worked', 'never worked', 'never happened', 'never took place',
      'was drunk', 'got drunk', 'fired for', 'disciplined for', 'accused of', 'when it was still', 'when they were still',
      'shout at', 'scream at', 'swear at', 'yell at', 'humiliate', 'belittle', 'berate', 'insult', 'keep * to myself',
      'keep * to ourselves', 'hold back', 'hold * back', 'against policy', 'against company policy', 'against the rules',
      'against procedure', 'in breach of', 'without permission', 'without authorisation', 'without authorization',
      'personal usb', 'personal email', 'personal account', 'personal laptop', 'kickback',
      'backhander', 'while the tender', 'during the tender', 'make up a', 'make up the', 'make up some', 'claim * as a',
      'claim * as an', 'record * as', 'book * as', 'code * as', 'with a later date', 'with an earlier date',
      'into next year', 'into the new financial year', 'into the next financial year', 'into the next quarter',
      'come out on top', 'preferred bidder', 'never reach the', 'not to file', 'not to report', 'not to log', 'not to raise',
      'not to escalate', 'not to tell', 'stop logging', 'stop reporting', 'stop recording', 'lean on', 'leave * out of the',
      'look better',
      'stay green', 'stayed green', 'hit our number', 'hit the number', 'meet the sla', 'meet our sla', 'hit the target',
      'hit our target', 'make the numbers', 'make our numbers', 'look good on paper',
    ],
  },
  Ledger: {
    description: 'records and figures that a misstatement alters',
    nouns: ['figure', 'number', 'book', 'account', 'record', 'log', 'data', 'result', 'report', 'timesheet', 'expense', 'invoice', 'minute', 'evidence', 'email', 'file', 'metric', 'forecast', 'test result', 'audit trail', 'signature', 'receipt', 'statement', 'books', 'numbers', 'accounts', 'board pack', 'pack',
      'timestamp', 'slide', 'dashboard', 'scoring', 'score', 'claim', 'note', 'cost', 'budget', 'donation', 'reference', 'ticket', 'defect', 'outcome', 'appendix'],
  },
  Tamper: {
    description: 'verbs that, done to a record, are a misstatement whatever the context ("massaged the numbers")',
    verbs: ['massage', 'doctor', 'fudge', 'fiddle', 'backdate', 'inflate', 'pad', 'shred', 'destroy', 'bury', 'hide', 'scrub', 'wipe', 'cook', 'falsify', 'fabricate', 'forge', 'fake', 'rig', 'juke', 'launder', 'sanitise', 'sanitize', 'suppress', 'conceal', 'withhold'],
  },
  Alter: {
    description: 'verbs that alter a record: a misstatement when done so that someone would not see it',
    verbs: ['adjust', 'change', 'alter', 'tweak', 'amend', 'edit', 'rewrite', 'remove', 'delete', 'smooth', 'round', 'clean', 'restate', 'reclassify', 'tidy', 'update', 'correct', 'drop', 'leave', 'move', 'shift', 'nudge', 'sign', 'approve', 'reissue', 'recode', 'rebook'],
  },
  Concealment: {
    description: 'who must not see: the audience a concealment hides from',
    nouns: ['board', 'auditor', 'audit', 'regulator', 'investigator', 'police', 'tribunal', 'court', 'ombudsman', 'review', 'investor', 'client', 'customer', 'inspector', 'examiner', 'compliance', 'legal', 'finance', 'ceo', 'cfo', 'lender', 'bank', 'insurer', 'anyone', 'anybody', 'nobody', 'everyone', 'manager', 'boss', 'leadership', 'committee', 'press', 'public'],
  },
  Discover: {
    description: 'verbs of reporting someone else\'s misconduct, which keep damaging-failure quiet',
    verbs: ['report', 'discover', 'catch', 'uncover', 'find', 'investigate', 'flag', 'expose', 'detect', 'prevent', 'stop', 'notice', 'spot', 'escalate', 'blow', 'disclose', 'admit', 'confess', 'correct', 'refuse', 'resist', 'decline', 'challenge'],
  },
  Fault: {
    description: 'participles of a fault or an omitted duty ("missed", "overspent", "never escalated")',
    verbs: [
      'miss', 'overlook', 'forget', 'ignore', 'skip', 'botch', 'mishandle', 'misconfigure', 'miscommunicate',
      'misunderstand', 'misread', 'misjudge', 'miscalculate', 'misprice', 'mislabel', 'misplace', 'misroute', 'mismanage',
      'neglect', 'underestimate', 'overspend', 'overrun', 'overshoot', 'blow', 'lose', 'break', 'bungle', 'fumble',
      'overlook', 'rush', 'bury', 'misfile', 'misreport', 'misquote', 'mistype', 'omit',
      'underprice', 'overcommit', 'oversell', 'overpromise', 'corrupt', 'wipe', 'breach',
    ],
    phrases: ['left out', 'left behind', 'left off', 'not done', 'messed up', 'screwed up', 'dropped the ball', 'let slip', 'allowed to slip', 'allowed to lapse', 'let lapse', 'cut corners'],
  },
  DutyDone: {
    description: 'duties whose omission the passive hides ("was not informed", "never escalated")',
    verbs: ['inform', 'tell', 'escalate', 'communicate', 'test', 'check', 'review', 'update', 'document', 'flag', 'raise', 'follow', 'share', 'sign', 'back', 'notify', 'warn', 'consult', 'brief', 'monitor', 'track', 'verify', 'validate', 'audit', 'patch', 'renew', 'fix', 'address', 'chase', 'record', 'secure', 'plan', 'budget', 'staff', 'resource', 'train', 'replace', 'cancel', 'invoice', 'file', 'submit', 'send', 'pay', 'migrate', 'hand', 'prioritise', 'prioritize', 'handle', 'catch', 'spot', 'detect', 'notice', 'read', 'approve'],
  },
  Mishap: {
    description: 'how a passive admits a fault without naming it: done twice, late, by accident, left unanswered',
    words: [
      'twice', 'late', 'prematurely', 'wrongly', 'incorrectly', 'accidentally', 'mistakenly', 'inadvertently', 'wrong',
      'unanswered', 'unchecked', 'unattended', 'unpatched', 'unlocked', 'unresolved', 'unreviewed', 'untested', 'unsigned',
      'unpaid', 'unsent', 'unread', 'unnoticed', 'unreported', 'unaddressed', 'unmonitored', 'unassigned', 'unprotected',
      'unencrypted', 'unsecured', 'unfinished', 'incomplete', 'unapproved',
    ],
    phrases: ['in error', 'by mistake', 'by accident', 'without a review', 'without review', 'without any review', 'without testing', 'without a test', 'without sign-off', 'without approval', 'without checking', 'without a check', 'left open', 'too late', 'too early', 'out of date'],
  },
  Negation: {
    description: 'negation, for omissions the passive hides ("was never run", "were not revoked")',
    words: ['not', 'never'],
  },
  FaultNoun: {
    description: 'nouns of a fault, with which a neutral verb ("made", "introduced") hides a culprit',
    nouns: ['mistake', 'error', 'bug', 'defect', 'regression', 'ball', 'deadline', 'warning', 'warning sign', 'red flag', 'outage', 'incident', 'problem', 'issue', 'oversight', 'slip', 'blunder', 'misstep', 'breach', 'leak', 'failure', 'fault', 'typo', 'gap', 'corner'],
  },
  Learn: {
    description: 'learning verbs and nouns: how a lesson is said',
    verbs: ['learn', 'realise', 'realize', 'understand', 'discover', 'recognise', 'recognize', 'appreciate', 'teach', 'reflect', 'see', 'notice', 'grasp', 'accept', 'internalise', 'internalize', 'absorb'],
    nouns: ['lesson', 'takeaway', 'take-away', 'learning', 'insight', 'hindsight', 'reflection', 'moral', 'realisation', 'realization'],
    phrases: ['take away', 'came away', 'come away', 'looking back', 'in hindsight', 'in retrospect', 'with hindsight', 'should have', 'would have', "should've", "would've", "i'd have", 'would do differently', 'do differently', 'next time', 'from now on', 'going forward', 'if i did it again', 'if i were to do it again', 'it taught me', 'that taught me', 'this taught me', 'the lesson', 'my lesson', 'made me realise', 'made me realize', 'opened my eyes', 'now know', 'now understand', 'now see', 'now i', 'i now', 'changed how i', 'changed the way i'],
  },
  Later: {
    description: 'time anchors of later practice ("since then", "on the next launch")',
    words: ['since', 'now', 'today', 'nowadays', 'afterwards', 'afterward', 'later', 'subsequently', 'thereafter', 'next', 'following', 'ever', 'after', 'again', 'henceforth', 'thenceforth'],
    phrases: ['since then', 'ever since', 'from then on', 'these days', 'to this day', 'on the next', 'the next', 'the following', 'later that', 'a month later', 'a year later', 'a quarter later', 'weeks later', 'months later', 'every launch since', 'every project since', 'in my next', 'at my next', 'in my current', 'in my new', 'the second time', 'the time after', 'every time since', 'each time since',
      // The rest of the work, the next season, the second attempt: "for the remaining 210 masts", "on the re-tender".
      'remaining', 'the rest of', 'that year', 'that quarter', 'that season', 'the years since', 'the months since',
      'the spring', 'the summer', 'the autumn', 'the winter', 'that spring', 'that summer', 'that autumn', 'that winter',
      'subsequent', 'the second round', 'the second attempt', 'the second phase', 'phase two', 'the next phase',
      're-tender', 'retender', 're-run', 'rerun', 'relaunch', 're-launch', 'the retry', 'the redo', 'the sequel', 'the follow-up',
      'the one after', 'the one after that', 'later that', 'from that day', 'from that point', 'from then', 'ever since'],
  },
  Thinking: {
    description: 'verbs of thought or intention, which are not follow-through',
    verbs: ['think', 'reflect', 'consider', 'remember', 'realise', 'realize', 'know', 'believe', 'feel', 'understand', 'appreciate', 'try', 'aim', 'intend', 'plan', 'want', 'hope', 'wish', 'mean', 'value', 'recognise', 'recognize', 'see', 'keep', 'bear', 'mind', 'learn', 'wonder', 'reckon', 'suppose', 'care', 'worry', 'focus', 'strive', 'endeavour', 'endeavor', 'prefer', 'like', 'ponder', 'reconsider', 'rethink', 'question', 'regret', 'find', 'discover', 'hear', 'notice', 'gather', 'suspect', 'doubt', 'promise', 'vow', 'resolve', 'decide', 'swear', 'pledge', 'determine', 'tell', 'remind'],
  },
  Change: {
    description: 'verbs of a change in size: vague with a degree word ("improved enormously", "really cut")',
    verbs: [
      'improve', 'increase', 'grow', 'rise', 'fall', 'drop', 'decline', 'reduce', 'cut', 'boost', 'lift', 'raise', 'lower',
      'shrink', 'shorten', 'speed', 'accelerate', 'slow', 'climb', 'jump', 'soar', 'plunge', 'plummet', 'surge', 'expand',
      'decrease', 'ease', 'save', 'tumble', 'dip', 'slash', 'trim', 'strengthen', 'enhance', 'transform', 'deepen', 'widen',
      'narrow', 'recover', 'rebound', 'shoot', 'spike', 'balloon', 'explode', 'multiply', 'outperform', 'exceed',
      'surpass', 'outstrip', 'lessen', 'diminish', 'minimise', 'minimize', 'maximise', 'maximize', 'optimise',
      'optimize', 'streamline', 'simplify', 'upgrade', 'uplift', 'amplify', 'magnify', 'broaden', 'impact',
    ],
    phrases: ['go up', 'go down', 'come down', 'pick up', 'speed up', 'shoot up', 'bring down', 'drive down', 'drive up', 'push up', 'push down', 'ramp up', 'scale up', 'cut back', 'pay off'],
  },
  Best: {
    description: 'superlatives of quality: a boast when claimed as a record ("the finest function in the sector")',
    words: [
      'best', 'finest', 'greatest', 'strongest', 'fastest', 'smartest', 'brightest', 'sharpest', 'biggest', 'highest',
      'most successful', 'most effective', 'most profitable', 'most innovative', 'most ambitious', 'most impressive',
      'most respected', 'most productive', 'most efficient', 'top-rated', 'number one',
    ],
  },
  Legend: {
    description: 'set phrases that make one\'s own work a legend or the standard for everyone',
    phrases: [
      'stuff of legend', 'stuff of legends', 'the talk of the', 'went down in history', 'go down in history',
      'for the history books', 'a textbook example', 'the gold standard', 'the benchmark for', 'set the standard for',
      'rewrote the rulebook', 'wrote the book on', 'still talk about', 'still talks about', 'people still talk',
      'a legend in', 'legend in the', 'hall of fame', 'changed the industry', 'changed the game', 'like nobody else',
      'like no one else', 'like nobody had', 'like no one had', 'never been done before', 'nobody had ever done',
      'no one had ever done', 'the envy of', 'unlike anything', 'rock star', 'a one-man', 'a one-woman', 'one-man band',
    ],
  },
} satisfies Record<string, LexiconClass>;

export type CoachTag = keyof typeof COACH_CLASSES;
