# Crew scheduling project
Kind: failure

Situation: I led a crew scheduling project at a regional airline.
Action: I set a go-live date without asking the crew union about the new rest rules, and they were right to object.
Result: The tool went live four months late after we renegotiated the rules.
Lessons: I now bring union reps into any rostering project at the design stage.

# Trial protocol
Kind: failure

## Situation
I was medical director for a phase III trial in rheumatoid arthritis.

## Action
I approved a protocol amendment without checking its effect on the sample size, and we had to add 120 patients.

## Result
Recruitment finished five months late.

## Lessons
I now have the statistician sign off every amendment.

# Night shifts at the mine
Kind: failure

## Situation
I was production superintendent at a nickel mine in Western Australia.

## Action
I ran night shifts myself instead of developing a second superintendent, so when I went on leave nobody could run them.

## Result
Production fell 12% during my three weeks away.

## Lessons
I now train a deputy for every critical role I hold.

# Guest complaints
Kind: failure

## Situation
I was general manager of a boutique hotel in Bath.

## Action
I took every complaint myself, which taught the duty managers to pass complaints up instead of solving them.

## Result
When I was away for a week, complaints waited an average of two days for a reply.

## Lessons
I now give duty managers authority to refund up to £200.

# Team player
Kind: failure

## Situation
I was deputy head at a primary school going through an inspection.

## Action
I avoided challenging a colleague whose safeguarding records were out of date, because I didn't want to damage our relationship.

## Result
The inspectors flagged the records, and our rating for leadership dropped a grade.

## Lessons
I now check safeguarding records monthly and raise gaps the same week.

# Story deadlines
Kind: failure

## Situation
I was business editor at a national newspaper.

## Action
I held a story back for another day of checks, and a rival published it first with a detail I had wrong in my draft.

## Result
We ran a weaker follow-up and lost the exclusive.

## Lessons
I now decide publication timing with the legal desk at the start of the day.

# Submission to the regulator
Kind: failure

## Situation
I was head of regulation at a gas network.

## Action
I submitted our price control plan without testing the cost assumptions against our own engineers' estimates.

## Result
The regulator cut £40M from our allowance.

## Lessons
I now run a challenge session with the engineering team before any submission.

# On-call rota
Kind: failure

## Situation
I was a network engineering manager at a mobile operator.

## Action
I let the on-call rota drift so that two engineers covered 70% of the shifts.

## Result
Both of them left within the year.

## Lessons
I now review the on-call rota every month for balance.

# Site standards
Kind: failure

## Situation
I was site manager on a new-build primary school.

## Action
I signed off the drainage works without a camera survey to save a day.

## Result
We dug up the playground two months after handover.

## Lessons
I now survey every drainage run before backfill.

# Second chances
Kind: failure

## Situation
I ran a QA team of 14 at a games studio.

## Action
I kept a struggling tester on a critical project for too long because I didn't want the difficult conversation.

## Result
Bugs he missed reached players in two patches.

## Lessons
I now set a clear time limit on performance coaching.

# Long harvest days
Kind: failure

## Situation
I managed a 3,000-acre arable farm.

## Action
I drove the combine from dawn to midnight, and on the fourth night, tired, I put it into a ditch.

## Result
The repair cost £18,000 and we lost three days of harvest.

## Lessons
I now hire a relief driver and keep to a 12-hour limit.

# Client instructions
Kind: failure

## Situation
I was a senior associate in a private client team at a law firm.

## Action
I took a client's instructions on a will by email without confirming them by phone, and I drafted a gift to the wrong grandchild.

## Result
The family found the error at the reading and the firm paid to correct it.

## Lessons
I now confirm every material instruction by phone and in writing.
