# Year-end audit overload
Kind: failure
## Situation
In my second year as an audit senior, three colleagues asked me to help with their clients during busy season.
## Action
I said yes to every one of them, because I can't stand seeing a teammate struggle on their own.
## Result
My own client's file went to review 4 days late.
## Lessons
I learned that being everyone's go-to person has a cost, and since then I have blocked out my own client time in the diary before I offer help.

# Board report rewrites
Kind: failure
## Situation
As head of strategy at a housing association, I owned the quarterly report to the board.
## Action
My standards for that report were so exacting that I rewrote it four times to make every chart beautiful.
## Result
The board pack went out 2 days after the deadline.
## Lessons
I learned that good enough on time beats perfect and late, and since then I have sent drafts to the chair a week early.

# Telling the client too much
Kind: failure
## Situation
I was the account director on a software rollout for a regional bank.
## Action
I was simply too honest with their CIO about every small risk on the project, because I can't bring myself to sugar-coat anything.
## Result
He got nervous and delayed sign-off by 3 weeks.
## Lessons
I learned to frame risks with their mitigations, and on my next two accounts I have sent a weekly risk summary with a plan next to each item.

# Staying past my shift
Kind: failure
## Situation
I was a newly qualified nurse on a busy elderly-care ward.
## Action
My biggest weakness was that I was so devoted to my patients that I stayed two hours past every shift to sit with them.
## Result
After 3 months I was exhausted and took a week off sick.
## Lessons
I learned that I give better care when I am rested, and since then I have left on time and handed over the extra time to the ward's volunteers.

# Too much freedom
Kind: failure
## Situation
I took over a team of six developers at an e-commerce company.
## Action
I believe in people so much that I gave the team complete freedom to pick their own priorities.
## Result
We finished the quarter with 2 of our 5 roadmap items done.
## Lessons
I learned that trust still needs a shared plan, and since then I have run a 30-minute priorities session with the team every Monday.

# Eye for detail
Kind: failure
## Situation
As a site engineer on a hospital extension, I checked the steel fixing before each concrete pour.
## Action
My failing is that I notice every tiny detail, so I checked every bar on every pour myself.
## Result
Two pours slipped by a day each while the crew waited for me.
## Lessons
I learned to sample-check instead of checking everything, and on my next project I trained the foreman to sign off the routine pours.

# Too loyal to the company
Kind: failure
## Situation
I spent nine years as a store manager at a supermarket chain.
## Action
Looking back, my failure was loyalty: I turned down two promotions elsewhere because I couldn't bear to leave my team.
## Result
I stayed on the same grade for 6 years.
## Lessons
I learned to manage my own career, and since then I have set development goals with my manager at every annual review.

# Caring about the mission
Kind: failure
## Situation
I ran a small literacy charity as its first chief executive.
## Action
I was so passionate about the cause that I said yes to every school that asked for us.
## Result
We ended the year £30,000 over budget.
## Lessons
I learned that focus serves the mission better than reach, and in the next planning round I capped our partner schools at 20.

# Over-preparing for the pitch
Kind: failure
## Situation
I was a junior consultant on a pitch to a government department.
## Action
I over-prepared, as I always do: I built 80 backup slides so we could answer any question they had.
## Result
We ran 15 minutes over and lost the final 5 minutes of Q&A.
## Lessons
I learned to prepare for the audience rather than for every possibility, and for my next 3 pitches I kept the backup pack to 10 slides.

# Sharing the credit
Kind: failure
## Situation
I led the operations team that moved a pharmaceutical warehouse to a new site.
## Action
I'm too much of a team player, so when the director praised the move I gave all the credit away and never mentioned my own part.
## Result
I missed out on the promotion round that year, and 2 of my peers went up a grade.
## Lessons
I learned to speak about my own contribution, and since then I have kept a record of my results for every review.

# Pushing for results
Kind: failure
## Situation
I was the sales manager for a new line of farm machinery.
## Action
My flaw is that I'm relentless about hitting numbers, so I drove the team to chase every lead in the first quarter.
## Result
Two of my 7 reps asked to move teams.
## Lessons
I learned that pace has to be sustainable, and from the next quarter I have agreed weekly targets with each rep rather than setting them myself.

# Going the extra mile
Kind: failure
## Situation
I was a reservations supervisor at a resort hotel.
## Action
I always go the extra mile for guests, so I promised special requests to everyone who called.
## Result
The housekeeping team had 40 requests to fulfil on one Saturday, and 12 rooms were late for check-in.
## Lessons
I learned to check capacity before promising extras, and since then I have checked the housekeeping board before confirming any request.

# Protecting my team
Kind: failure
## Situation
I managed a customer-support team of 12 at a telecoms company.
## Action
When my team made mistakes in a billing run, I took all the blame myself because I'd always rather protect my people.
## Result
The director never learned where the process had gaps, and the same error came back 2 months later.
## Lessons
I learned that shielding people hides the real problem, and since then I have taken the team's root-cause findings to the director myself.

# Ambitious targets
Kind: failure
## Situation
I became head of a primary school that had just come out of special measures.
## Action
I aimed too high for the children, because I refuse to accept anything less than excellence.
## Result
We reached 3 of the 8 targets in the first year.
## Lessons
I learned to set stretch targets in stages, and for the next school development plan I set yearly milestones with the governors.

# Always responsive
Kind: failure
## Situation
I was a compliance manager at a fintech during a licence application.
## Action
I'm so responsive that I answered every email within minutes, day or night.
## Result
I lost focus on the application itself and submitted it 1 week later than planned.
## Lessons
I learned to protect focus time, and since then I have checked email at three set times a day.

# Generous with my time
Kind: failure
## Situation
I was a senior data analyst at a logistics company with four graduate analysts.
## Action
I was too generous with my time and mentored the graduates whenever they asked, often for hours.
## Result
My own forecasting model shipped 3 weeks late.
## Lessons
I learned to structure mentoring, and since then I have held one fixed hour of office time a week for the graduates.
