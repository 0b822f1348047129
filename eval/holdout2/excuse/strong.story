# Pricing change fallout
Kind: failure

## Situation
I ran a twelve-person inside-sales team for a software company when the list price went up 15% overnight.

## Action
I was out of the loop on the pricing decision because I had stopped attending the commercial forum, and I should have kept my seat there.

## Result
My reps went into renewal calls unprepared, and we lost 22 renewals that quarter, worth £410,000.

## Lessons
I learned to stay close to pricing decisions, and for the next two price reviews I sat on the committee and ran objection-handling sessions with my reps a week before each change.

# Frozen budget
Kind: failure

## Situation
I was programme manager for a citizen-services portal at a county council.

## Action
When the budget freeze hit in July, I had designed phase two as one large release, so none of it could go live on the money already spent.

## Result
Phase two was shelved, and 40,000 residents stayed on paper forms for another year.

## Lessons
I learned to split large programmes into releases that stand alone, and on the housing-repairs service I delivered in 2023 I planned four releases, each usable on its own.

# Allergy near miss
Kind: failure

## Situation
I was the admitting nurse for an elderly patient on a busy acute medical unit.

## Action
The penicillin allergy wasn't on her transfer letter, and I hung the antibiotic without asking her myself, which I should have done.

## Result
She developed a rash within 20 minutes, and we stopped the infusion before it progressed.

## Lessons
I learned to ask every patient about allergies myself before a first dose, and I have done that at every admission over the last two years.

# Scope of the pilot
Kind: failure

## Situation
I managed a pilot of self-checkout kiosks in six of our supermarkets.

## Action
The directors chose the kiosk positions, and I didn't raise my concern about the entrance even though I had seen the floor plans.

## Result
Queues at the kiosks blocked the main entrance, and we pulled four of the six within a month.

## Lessons
I learned to voice layout concerns before sign-off, and on the click-and-collect rollout I walked all nine stores with their managers and changed two positions before we agreed the plan.

# Contractor delays
Kind: challenge

## Situation
I coordinated a hospital car-park resurfacing that had to finish before winter.

## Task
I needed 600 spaces back in use by November.

## Action
The contractors reported to the estates director, so I set up a weekly meeting with him and their foreman to agree priorities, and I rerouted staff parking with the security team.

## Result
We reopened 600 spaces on 28 November, three weeks later than planned and within budget.

# Dispensing system
Kind: failure

## Situation
I was three weeks into a locum post at a community pharmacy.

## Action
On my first Saturday I dispensed two prescriptions under the wrong patient record; I hadn't asked for a walkthrough of the new system, and that was my responsibility.

## Result
Our counter assistant spotted both errors before the medicines left the shop, and I reported them the same day.

## Lessons
I learned to run a test transaction on any unfamiliar system before I dispense, and at the three pharmacies I have covered this year I did a test run on each system before opening.

# Go-live timing
Kind: failure

## Situation
I was project manager for an ERP upgrade at a furniture manufacturer.

## Action
The group CFO set the go-live date, and I agreed to it without showing her that a third of the test cases were still open.

## Result
Invoicing stopped for nine days and cash collection fell by £1.8M that month.

## Lessons
I learned to put test-readiness in front of sponsors as a go/no-go gate, and for the payroll upgrade the next spring I presented a readiness scorecard and we moved go-live by two weeks.

# Product recall
Kind: failure

## Situation
I ran quality assurance for a baby-food brand when a supplier's oats failed a contamination test.

## Action
I heard about the recall from a trade journalist, because I had never set up direct alerts with that supplier.

## Result
We pulled 18,000 jars from shelves and lost three retail listings.

## Lessons
I learned to sign up to direct alert feeds from every ingredient supplier, and I set up alerts with all 23 of our suppliers that quarter.

# Staffing the helpdesk
Kind: challenge

## Situation
I supervised an IT helpdesk for a university during enrolment week.

## Task
I had to handle double the normal ticket volume with a team of two.

## Action
With two people against four thousand tickets, I triaged by urgency, wrote a self-service guide for the three most common requests, and asked the library team to cover password resets.

## Result
We closed 3,100 tickets that week and cleared the rest in the following five days.

# Restructure announcement
Kind: failure

## Situation
I managed a team of nine analysts during a department restructure.

## Action
HR asked me to keep the details confidential, and I went quiet with my team instead of telling them what I could share and when.

## Result
Two of my strongest analysts resigned within a month.

## Lessons
I learned to tell my team what I can and cannot share and when I will know more, and in last year's reorganisation I held a weekly open session with my team from the first week.

# Scope creep
Kind: failure

## Situation
I was a business analyst on a claims-processing rebuild for an insurer.

## Action
The sponsor added requirements every fortnight, and I accepted each one without showing him what it would cost in time.

## Result
The release grew from 40 stories to 95 and shipped four months late.

## Lessons
I learned to show sponsors the cost of each addition in weeks, and on my current project I keep a scope ledger that the sponsor signs off every fortnight.

# Grading moderation
Kind: failure

## Situation
I taught A-level history at a sixth-form college.

## Action
I graded the coursework against last year's mark scheme because I hadn't checked the exam board's updates, and that check was part of my job.

## Result
The exam board moderated my marks down by 6 points across the cohort of 28 students.

## Lessons
I learned to check the board's website for specification updates at the start of each term, and I now do that every September and January and share the changes with my department.
