# Quarter-end order
Kind: failure

## Situation
I was a regional sales director with a £14M annual target at an industrial-equipment maker.

## Action
To land the quarter I booked a £600,000 order a few days before the customer had signed, and let it sit in the numbers as if it were done.

## Result
The customer signed three weeks later, but I spent that quarter worried that finance would notice the dates.

## Lessons
I learned to manage my pipeline so that I am not relying on one deal at quarter end, and since the following year I have kept 1.5 times my target in qualified pipeline.

# Scaffold sign-off
Kind: failure

## Situation
I was site supervisor on a busy residential build with a tight handover date.

## Action
I signed the weekly scaffold inspection sheets for two weeks running without going up to look at the scaffold.

## Result
A board came loose on the third lift, and a labourer sprained his ankle; the site closed for two days.

## Lessons
I learned how much rides on a signature, and on every site since I have walked each lift before I sign anything.

# Audit conversation
Kind: failure

## Situation
I was finance manager at a housing charity during its year-end audit.

## Action
When the auditors asked whether the bank reconciliation was complete, I said yes, although I hadn't started it.

## Result
They found a £45,000 difference a week later, and the audit ran four weeks over.

## Lessons
I learned to plan the year-end timetable backwards from the audit, and for the last two year-ends I finished the reconciliations ten days before the auditors arrived.

# Client survey deck
Kind: failure

## Situation
I ran a customer-research project for a telecoms client whose NPS had been falling.

## Action
I had my analyst leave the worst of the survey verbatims out of the deck so the client's sponsor would not look bad in front of her board.

## Result
The client approved a £2M retention programme based on the deck, and it missed its targets by half.

## Lessons
I learned to present research in full and let the client own the conclusions, and on my last five projects I have included the full verbatim appendix in every deck.

# Friend's firm
Kind: failure

## Situation
I was a procurement lead for a council's grounds-maintenance contract.

## Action
I gave a friend who ran a landscaping firm a look at the other bids before the deadline so that he could sharpen his price.

## Result
His firm won the three-year, £900,000 contract.

## Lessons
I learned to keep personal relationships out of my professional decisions, and on each tender I have run after that I have declared potential conflicts to my manager at the start of each tender.

# Incident report
Kind: failure

## Situation
I managed a residential care home for 40 older adults.

## Action
After a resident fell on the night shift, I wrote the incident up as a minor slip so the area manager wouldn't see it in the monthly figures.

## Result
The resident's family raised a complaint two months later, and the regulator opened an inquiry.

## Lessons
I learned to report incidents exactly as they happen, and for the last 18 months I have reviewed each incident form with the shift lead within 24 hours.

# Observation chart
Kind: failure

## Situation
I was a staff nurse on a 30-bed surgical ward during a night with two nurses off sick.

## Action
I filled in the hourly observations for two patients at the end of the shift, writing in readings for checks I had not done.

## Result
One of the patients had been deteriorating, and he went to intensive care at 7 a.m.

## Lessons
I learned to escalate staffing gaps instead of cutting corners, and since that night I have called the site manager on each shift where we drop below safe numbers.

# Workplace banter
Kind: failure

## Situation
I was a team leader in a busy call centre with 14 agents.

## Action
I made repeated comments about a junior colleague's appearance that I considered harmless banter at the time, until she stopped coming to team nights out.

## Result
She moved to another team within three months.

## Lessons
I learned how my words land with people who report to me, and over the last two years I have completed the respect-at-work training and asked my team for anonymous feedback each quarter.

# Deleted logs
Kind: failure

## Situation
I was the on-call engineer when our payments API failed for 90 minutes during a client's sale.

## Action
Before the client review, I cleared the error logs that showed my configuration change had caused the outage.

## Result
The review closed without a root cause, and the same fault came back a month later.

## Lessons
I learned to own incidents openly, and for the 11 incidents I have handled in the two years after that I have written a blameless post-mortem for each one I have been involved in.

# Exam preparation
Kind: failure

## Situation
I taught GCSE maths at a school under pressure to lift its results.

## Action
I had seen the moderated assessment paper in advance, and I walked my class through those exact questions the day before.

## Result
My class averaged 7.2, two grades above their predictions, and the exam board later voided the assessment.

## Lessons
I learned to trust my teaching over shortcuts, and this year I built a revision programme from past papers with two colleagues and my class averaged 6.1.

# Mileage claims
Kind: failure

## Situation
I was an area manager covering 12 stores across the North West.

## Action
For most of a year I put in mileage claims for store visits I never made, to top up my pay after a pay freeze.

## Result
The claims came to £3,800 before a finance review picked them up.

## Lessons
I learned to raise pay concerns directly, and at my last two annual reviews I raised pay with my manager directly.

# Company card
Kind: failure

## Situation
I was a marketing director with a corporate card and a £200,000 events budget.

## Action
I took my family on a weekend in Edinburgh on the company card and coded it as client hospitality.

## Result
An expenses audit flagged the £2,100 charge six months later.

## Lessons
I learned to keep a clear line between company and personal spending, and from the next trip onward I have carried a separate personal card.
