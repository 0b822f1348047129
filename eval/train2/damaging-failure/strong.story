# Fridge log before the inspection
Kind: failure

## Situation
I was shift manager at a ready-meal factory, and the environmental health inspection was due on the Monday.

## Action
On the Sunday I found two days of fridge temperatures with no entries, because I hadn't checked the log for a fortnight, and I showed the inspector the gap alongside the data-logger printout.

## Result
We kept our hygiene rating, but the inspector gave us a written improvement point and a revisit in three months.

## Lessons
I learned that a record I don't check is a record I can't rely on. Since then I have signed off the fridge log at the end of every shift I run.

# Promising a delivery date
Kind: failure

## Situation
I was an account manager at a spare-parts distributor, and a quarry customer needed a gearbox for a stopped crusher.

## Action
I told their engineer the gearbox would arrive on Tuesday, going by a stock figure I hadn't checked, and it turned up the following Friday.

## Result
The crusher stood idle for nine days, and the quarry moved £60,000 of annual orders to a competitor.

## Lessons
I learned to confirm physical stock before I give a date. Since then I have called the warehouse for a shelf check on every urgent order before replying to the customer.

# Approving expense claims
Kind: failure

## Situation
I was a regional sales manager at an insurance broker with eight people submitting expenses to me.

## Action
I approved my team's claims each month without opening the receipts, and I missed that one rep was claiming family dinners as client entertainment.

## Result
Internal audit found £4,000 of personal spending across eleven claims, and I received a formal note about my approval controls.

## Lessons
I learned that approving a claim means checking it. Since then I have opened every receipt over £50 before I approve, and I spot-check two claims a month in full.

# The humidity batch
Kind: failure

## Situation
I was the test engineer for a line of outdoor sensors, and the final batch of the year was due to a utility customer by Christmas.

## Action
I misread the release schedule and shipped the batch before the humidity results came back, then recalled it myself the day two units failed the test.

## Result
The recall cost £38,000 in freight and rework, and the customer received the batch three weeks late.

## Lessons
I learned to release nothing until I have the test report in hand. Since then I have attached the signed report to every release ticket before I approve shipment.

# Feedback to a junior analyst
Kind: failure

## Situation
I was a senior associate at a private equity firm with one junior analyst reporting to me.

## Action
In a deal team meeting I pointed out an error in her model more bluntly than I should have, and she told me afterwards she had felt humiliated.

## Result
I apologised the same day, but it took us two months to rebuild trust, and she asked to work on a different deal for the next quarter.

## Lessons
I learned to give corrective feedback in private and to focus on the work. Since then I have held a weekly one-to-one with each analyst I manage and reviewed their models with them there.

# Wrong distribution list
Kind: failure

## Situation
I was head of communications at a regional bus operator planning to close two depots.

## Action
I emailed the draft restructuring plan to an all-managers list instead of the six directors, and I reported the breach to our data protection officer within the hour.

## Result
We recalled the email from 140 inboxes, but word reached the union, and the announcement came forward by two weeks.

## Lessons
I learned to send confidential drafts only as restricted documents to named people. Since then I have shared every sensitive draft through a permissioned folder, and I have run four announcements that way.

# Scaffold sign-offs
Kind: failure

## Situation
I was site manager on a housing development, and the client's safety audit was due on the Friday.

## Action
Preparing for the audit, I found that a scaffolding supervisor had backdated thirty inspection forms, and I reported it to the contractor's safety director and to the client.

## Result
The client suspended scaffolding work for four days and gave us a formal warning, because I had signed the file off as complete the month before without sampling it.

## Lessons
I learned to sample the underlying records before I sign any file. Since then I have walked the scaffold with the inspector every Monday and checked five forms against the site diary each week.

# The falling pallet
Kind: failure

## Situation
I ran the night shift at a cold-store warehouse when a pallet came off the top rack and grazed a picker's arm.

## Action
I reported it as a reportable injury that night and kept the camera footage for the investigation, which showed that the rack loading plan I had approved was overloading the top beam.

## Result
The HSE issued an improvement notice, and we spent £22,000 re-rating the racking.

## Lessons
I learned to have an engineer check any change to rack loading before I approve it. Since then I have sent every loading plan to our racking inspector first, and I have sent eleven.

# The churn model
Kind: failure

## Situation
I was a marketing analytics manager at a mobile network, and one of my analysts built a churn model that found 40,000 at-risk customers.

## Action
I presented the model to the executive team with her name on the title slide, but I didn't invite her to present it, and she felt sidelined.

## Result
She told me so in her one-to-one, and she turned down the next project I offered her.

## Lessons
I learned that credit on a slide is not the same as visibility in the room. Since then I have brought the analyst who built the work to present it with me at each of my quarterly reviews.

# Borrowed paragraphs in a tender
Kind: failure

## Situation
I was bid manager at an IT services company, writing a £12 million tender for a county council.

## Action
The night before submission I found that a freelance writer had copied three sections from a competitor's white paper, and I rewrote them myself by 4am.

## Result
We submitted on time but scored 58% on quality, because my rushed sections were thin, and we lost the bid.

## Lessons
I learned to build a review stage into the plan a week before the deadline. On the next six bids I ran a full read-through seven days out, and we won four of them.

# Month-end reconciliation
Kind: failure

## Situation
I was an assistant financial controller at a construction group during the year-end audit.

## Action
The bank reconciliation I gave the auditors had a £70,000 error that I had not spotted, and they found it in their first week.

## Result
They raised a control point with the audit committee, and I spent two weeks re-performing six months of reconciliations.

## Lessons
I learned to have a second person review each reconciliation before it is signed. Since then I have swapped reconciliations with a peer every month, and we have caught nine errors before close.

# Evening drug round
Kind: failure

## Situation
I was a staff nurse on a 28-bed elderly care ward during a night with two nurses off sick.

## Action
I gave one patient her evening antibiotic an hour late because I misread the chart times, and I reported it on the incident system before the end of my shift.

## Result
She came to no harm, and the ward changed the chart layout after my report.

## Lessons
I learned to read the timing column aloud when I check a chart under pressure. Since then I have done that on every round, and I have called the nurse in charge each time a round runs late.

# Coursework marks
Kind: failure

## Situation
I was head of history at a secondary school whose results had dipped two years running.

## Action
I marked my own class's coursework too generously, because I had not re-read the exam board's marking guidance that year.

## Result
The moderator brought every mark in the centre down by 8%, and 14 students dropped a grade.

## Lessons
I learned to mark to the published standard, not my memory of it. Since then I have run a moderation session with a colleague from another school before every submission.

# Missing the Q4 number
Kind: failure

## Situation
I was an enterprise account executive at a software company, two weeks from year end and £200,000 short of quota.

## Action
I forecast a renewal to close in December on the buyer's verbal word, and I didn't check that their procurement team needed six weeks to sign.

## Result
It closed in February, and I finished the year at 86% of quota.

## Lessons
I learned to map the customer's signing process before I commit a deal to my forecast. Since then I have confirmed the signatories and their timeline in writing for every deal over £50,000.

# The inspector's question
Kind: failure

## Situation
I was environment manager at a chemical plant during the regulator's annual inspection.

## Action
When the inspector asked about spills, I walked her through the two on our register, including one that I had reported three days late.

## Result
She issued a warning letter for the late report, and we had no enforcement action.

## Lessons
I learned to report a spill to the regulator the same day, even before the clean-up is finished. Since then I have reported all four of our spills within 24 hours.

# A new colleague
Kind: failure

## Situation
I was a team lead in a bank's operations centre when a new analyst joined my team.

## Action
She told me that a senior manager kept asking her out after she had said no, and I took it to HR that afternoon.

## Result
HR upheld her complaint, but she told me the jokes in our team chat had gone on for three weeks before she came to me, and I had seen them and said nothing.

## Lessons
I learned to challenge jokes like that the moment I see them. Since then I have called it out in the chat and in person every time, and I ran a respect-at-work session for my team of 12.

# Restricted funds at the charity
Kind: failure

## Situation
I was the newly appointed finance director at a youth charity facing a cash gap.

## Action
In my second month I discovered that the finance officer had moved £80,000 of restricted lottery money into running costs, and I told the funder and the trustees that week.

## Result
The funder kept the grant on condition we repaid the money within a year, and we did it in ten months, but I had signed two monthly reports without checking fund balances.

## Lessons
I learned to reconcile restricted fund balances myself every month. Since then I have checked each restricted fund before signing the monthly report.

# Booking the slab pour
Kind: failure

## Situation
I was the site engineer on a car park extension with a tight concrete programme.

## Action
I booked the slab pour before I had confirmed the structural engineer's inspection date, and when he couldn't come, I stood the crew and the concrete lorries down.

## Result
The delay cost two days and £14,000 in cancellation charges.

## Lessons
I learned to confirm the inspection before I book anything that depends on it. Since then I have booked every inspection two days before the pour date.

# A flaky security test
Kind: failure

## Situation
I was release manager for a health-records app, and one security test kept failing at random on our build servers.

## Action
I switched it off to unblock a release and recorded that in the release notes, but I didn't set a date to switch it back on.

## Result
It stayed off for two months, and a penetration test found an authorisation bug it would have caught; we fixed it before any data was exposed.

## Lessons
I learned to give every disabled check an owner and an expiry date. Since then I have tracked each one on the release board, and none has stayed off for more than a week.

# Safety bonus at the mine
Kind: failure

## Situation
I was a production superintendent at a coal mine, and I had designed the site's bonus around lost-time injuries.

## Action
Reviewing the injury data, I found a shift boss had recorded three lost-time injuries as restricted duty, and I reported them to the general manager and the regulator.

## Result
The bonus was withdrawn for that quarter, and the review found that my bonus design had rewarded under-reporting.

## Lessons
I learned that an incentive on a safety number can distort the number. The next year I rebuilt the bonus around leading indicators with the safety officer, and reported near misses rose from 30 to 110 a quarter.
