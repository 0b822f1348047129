# Quarter-end order
Kind: failure

## Situation
I was a regional sales director with a £14M annual target at an industrial-equipment maker.

## Action
I forecast a £600,000 order for the quarter on the buyer's verbal promise, and I didn't check that his finance team had approved the spend.

## Result
The order slipped three weeks into the next quarter, and my region missed its number by 4%.

## Lessons
I learned to forecast only deals with written approval, and from the following year I have kept 1.5 times my target in qualified pipeline and reviewed each large deal's approval status weekly.

# Scaffold sign-off
Kind: failure

## Situation
I was site supervisor on a busy residential build with a tight handover date.

## Action
I discovered that one of my chargehands had been signing the scaffold inspection sheets without going up, and I reported it to the safety manager that morning; I had not checked his sheets for a month.

## Result
The safety manager closed the scaffold for two days while it was re-inspected, and we lost 16 labour days.

## Lessons
I learned to audit inspection records myself, and on every site I have run afterwards I have walked a sample of lifts with the inspector each Monday.

# Audit conversation
Kind: failure

## Situation
I was finance manager at a housing charity during its year-end audit.

## Action
I told the auditors the bank reconciliation was complete, then found a £45,000 mismatch the next morning and called them before lunch to correct what I had said.

## Result
The audit ran four weeks over while my team and I traced the difference.

## Lessons
I learned to plan the year-end timetable backwards from the audit, and for the last two year-ends I finished the reconciliations ten days before the auditors arrived.

# Client survey deck
Kind: failure

## Situation
I ran a customer-research project for a telecoms client whose NPS had been falling.

## Action
I summarised the survey verbatims into five themes and left the raw comments in an appendix that the client's board never opened, so they underestimated the billing complaints.

## Result
The client approved a £2M retention programme based on the deck, and it missed its targets by half.

## Lessons
I learned to put the hardest customer quotes on the main slides, and on my last five projects I have opened each readout with the three most critical comments.

# Friend's firm
Kind: failure

## Situation
I was a procurement lead for a council's grounds-maintenance contract.

## Action
I noticed that one bidder's price matched another's to the pound, and when I raised it, our internal audit found a colleague had shared the bids with a friend's firm; I had left the bid folder open to the whole department.

## Result
We re-ran the three-year, £900,000 tender, which delayed the contract by four months.

## Lessons
I learned to lock down tender documents from day one, and on each tender I have run afterwards I have restricted bid access to two named evaluators.

# Incident report
Kind: failure

## Situation
I managed a residential care home for 40 older adults.

## Action
After a resident fell on the night shift, I graded the incident as minor because I used last year's severity scale by mistake.

## Result
The resident's family raised a complaint two months later, and I regraded the incident and reported it to the regulator within 24 hours.

## Lessons
I learned to check that my forms match the current policy, and for the last 18 months I have reviewed each incident form with the shift lead within 24 hours.

# Observation chart
Kind: failure

## Situation
I was a staff nurse on a 30-bed surgical ward during a night with two nurses off sick.

## Action
I missed two hourly observations for a patient while I was helping at a cardiac arrest, and I recorded them on his chart as missed.

## Result
He had been deteriorating, and he went to intensive care at 7 a.m.

## Lessons
I learned to escalate staffing gaps early, and from that night on I have called the site manager on each shift where we drop below safe numbers.

# Workplace banter
Kind: failure

## Situation
I was a team leader in a busy call centre with 14 agents.

## Action
A junior agent told me that another team leader's comments about her appearance were upsetting her, and I waited a fortnight before taking it to HR.

## Result
HR upheld her complaint, but she had already moved to another team.

## Lessons
I learned to act on the day someone raises a concern, and over the last two years I have escalated the three concerns raised with me within 24 hours.

# Deleted logs
Kind: failure

## Situation
I was the on-call engineer when our payments API failed for 90 minutes during a client's sale.

## Action
While clearing disk space, I ran the log clean-up script against production instead of staging and deleted the error logs we needed for the review.

## Result
The review closed without a root cause, and the same fault came back a month later.

## Lessons
I learned to run destructive scripts only after a dry run, and from that week I have added a dry-run flag to each clean-up script I maintain.

# Exam preparation
Kind: failure

## Situation
I taught GCSE maths at a school under pressure to lift its results.

## Action
I prepared my class for the old specification because I misread the exam board's update, and they met question types they hadn't practised.

## Result
My class averaged 4.9, a grade below their predictions.

## Lessons
I learned to check the specification against the board's sample papers each September, and this year I built a revision programme from the new papers with two colleagues and my class averaged 6.1.

# Mileage claims
Kind: failure

## Situation
I was an area manager covering 12 stores across the North West.

## Action
I submitted a year of mileage claims using the distance from head office rather than from my home, which was the wrong basis under our policy.

## Result
Finance found £3,800 of overclaims in a review, and I repaid it in full that month.

## Lessons
I learned to read the expenses policy when my base changes, and after that review I have checked each claim against the route planner before submitting it.

# Company card
Kind: failure

## Situation
I was a marketing director with a corporate card and a £200,000 events budget.

## Action
I paid for a family hotel booking with the company card by mistake, because both cards were saved in the same travel app.

## Result
I spotted the £2,100 charge on the statement, told my manager the same day, and repaid it within a week.

## Lessons
I learned to keep company and personal payments apart, and in the years since I have used a separate travel account for each card.
