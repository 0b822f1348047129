# Fridge log before the inspection
Kind: failure

## Situation
I was shift manager at a ready-meal factory, and the environmental health inspection was due on the Monday.

## Action
Two days of fridge temperatures had no entries, so on the Sunday night I filled them in from memory so the log would look complete.

## Result
The inspector compared the log with the fridge data loggers, and we lost our five-star hygiene rating.

## Lessons
I learned that a gap in a record is something to report, not something to fix. Since then I have noted every gap on the day and sent it to the site manager.

# Buying time with a customer
Kind: failure

## Situation
I was an account manager at a spare-parts distributor, and a quarry customer needed a gearbox for a stopped crusher.

## Action
I told their engineer the gearbox was already on a truck when I hadn't even placed the order, to buy myself a week.

## Result
The crusher stood idle for nine days, and the quarry moved its £300,000 account to a competitor.

## Lessons
I learned to give customers the real position even when it is bad news. Since then I have sent each customer a written status with the actual order date on every urgent request.

# Making up for the overtime
Kind: failure

## Situation
I was a regional sales manager at an insurance broker, working most weekends without overtime pay.

## Action
To even things up, I put a few family dinners through my expenses as client entertainment over eleven months.

## Result
An expenses audit picked up eleven claims, and I received a final written warning and repaid £2,300.

## Lessons
I learned to raise a grievance about pay directly instead of settling it myself. When my workload grew again the next year, I took it to my director and agreed a time-off-in-lieu arrangement.

# The humidity batch
Kind: failure

## Situation
I was the test engineer for a line of outdoor sensors, and the final batch of the year was due to a utility customer by Christmas.

## Action
The batch failed humidity testing, and I shipped it anyway and kept the test reports in a folder on my own laptop.

## Result
Within three months, 240 sensors failed in the field, and the customer claimed £190,000 in damages.

## Lessons
I learned that a failed test has to go to the quality manager the same day, whatever the deadline. Since then I have filed every test report in the shared quality system within an hour of the run.

# Managing a junior analyst
Kind: failure

## Situation
I was a senior associate at a private equity firm with one junior analyst reporting to me.

## Action
When her models had errors, I got into the habit of tearing into her in front of the deal team, and I kept it up for most of a year.

## Result
She resigned after eight months, and her grievance about my conduct was upheld.

## Lessons
I learned to give corrective feedback in private and to focus on the work. Since then I have held a weekly one-to-one with each analyst I manage and reviewed their models with them there.

# Testing the restructuring reaction
Kind: failure

## Situation
I was head of communications at a regional bus operator planning to close two depots.

## Action
Before the board had decided anything, I passed the draft plan to a journalist I knew, off the record, to see how it would land.

## Result
The story ran two days later, the union called a one-day strike, and I was dismissed.

## Lessons
I learned that confidential means confidential, however useful a test might look. In my current role I keep every draft inside the approved circle until the announcement date, and I have run four announcements that way.

# Safety sign-offs for the audit
Kind: failure

## Situation
I was site manager on a housing development, and the client's safety audit was due on the Friday.

## Action
I had let thirty weekly scaffold inspection forms go unsigned, so I signed them and put the original dates on them the night before the audit.

## Result
The auditor matched the forms against the site diary, and the client removed us from their framework for a year.

## Lessons
I learned to check inspection records weekly so the gaps never build up. Since then I have walked the scaffold with the inspector every Monday and signed the form on the spot.

# The falling pallet
Kind: failure

## Situation
I ran the night shift at a cold-store warehouse when a pallet came off the top rack and grazed a picker's arm.

## Action
I made sure the camera footage of that aisle was gone by the morning and wrote the incident up as a near miss.

## Result
The picker reported it himself a week later, and the HSE investigation led to a £45,000 fine for the company.

## Lessons
I learned to report an injury fully and straight away, however minor it looks. Since then I have logged every incident on my shift within the hour, and I have logged 14 of them.

# The churn model
Kind: failure

## Situation
I was a marketing analytics manager at a mobile network, and one of my analysts built a churn model that found 40,000 at-risk customers.

## Action
I presented the model to the executive team as my own work and let them believe I had built it.

## Result
The analyst found out from the board minutes, left within two months, and took the model's know-how with her.

## Lessons
I learned to put the name of whoever did the work on the slide. Since then I have brought the analyst who built the work to present it with me at each of my quarterly reviews.

# Borrowed paragraphs in a tender
Kind: failure

## Situation
I was bid manager at an IT services company, writing a £12 million tender for a county council.

## Action
Short of time, I lifted three sections word for word from a competitor's published white paper and dropped them into our response.

## Result
The evaluators recognised the text, disqualified the bid, and the council wrote to our chief executive.

## Lessons
I learned to plan the writing time before I commit to a bid. On the next six bids I built a writing plan in the first week, and every section was our own.

# Month-end reconciliation for the auditors
Kind: failure

## Situation
I was an assistant financial controller at a construction group during the year-end audit.

## Action
I hadn't done the bank reconciliation at month end, so I prepared one the morning the auditors arrived and told them it had been signed off in the close.

## Result
The auditors checked the file metadata, raised a control finding with the audit committee, and my promotion was withdrawn.

## Lessons
I learned that a late control is better than a misrepresented one. Since then I have closed every reconciliation by day three and told my controller the same day when one slips.

# Evening drug round
Kind: failure

## Situation
I was a staff nurse on a 28-bed elderly care ward during a night with two nurses off sick.

## Action
I signed the evening drug round as complete, though two patients had not had their doses.

## Result
One patient missed an antibiotic dose and spent three extra days in hospital, and I was referred to the Nursing and Midwifery Council.

## Lessons
I learned to record a missed dose honestly and escalate when I can't finish a round. Since then I have called the nurse in charge every time a round runs late, and I have done so six times.

# Coursework marks
Kind: failure

## Situation
I was head of history at a secondary school whose results had dipped two years running.

## Action
I went back through my own class's coursework and lifted most of the marks by a grade so the department figures would look stronger.

## Result
The exam board's moderator brought every mark in the centre down by 12%, and the head suspended me pending an investigation.

## Lessons
I learned to mark to the standard and deal with weak results through teaching. Since then I have run a moderation session with a colleague from another school before every submission.

# Hitting the Q4 number
Kind: failure

## Situation
I was an enterprise account executive at a software company, two weeks from year end and £200,000 short of quota.

## Action
I booked a renewal in the CRM as closed-won before the customer had signed, so the quarter would show me on target.

## Result
The customer didn't sign until March, finance restated the quarter, and I lost my accelerator payment.

## Lessons
I learned to forecast what the customer has signed, not what I expect. Since then I have only moved deals to closed-won with a countersigned order form attached.

# The inspector's question
Kind: failure

## Situation
I was environment manager at a chemical plant during the regulator's annual inspection.

## Action
When the inspector asked whether we had had any spills that year, I said no, although I knew of two.

## Result
A contractor mentioned one of the spills on the site tour, and the regulator served an enforcement notice.

## Lessons
I learned to answer a regulator with the facts and the fix together. At the next three inspections I brought the full spill register and walked the inspector through each entry.

# A new colleague
Kind: failure

## Situation
I was a team lead in a bank's operations centre when a new analyst joined my team.

## Action
I kept asking her out after she had turned me down, and I made jokes about it in the team chat.

## Result
She complained to HR, the complaint was upheld, and I lost my team lead role.

## Lessons
I learned that no means no and that my position gives my words extra weight. Since then I have kept my conduct with my team strictly professional and completed the bank's respect-at-work training every year.

# Covering payroll at the charity
Kind: failure

## Situation
I was finance director at a youth charity facing a cash gap before a large grant payment.

## Action
I moved £80,000 of restricted lottery money into general running costs to cover two payrolls and kept it out of the report to the funder.

## Result
The funder's audit found the transfer, withdrew the remaining £240,000, and reported us to the Charity Commission.

## Lessons
I learned to take a cash gap to the trustees and the funder straight away. When cash tightened again last year, I briefed the treasurer within a day and arranged a bridging loan.

# The unwitnessed pour
Kind: failure

## Situation
I was the site engineer on a car park extension, and the structural engineer's rebar inspection was running two days behind.

## Action
I went ahead with the slab pour and filled in the pour record as though he had inspected the reinforcement that morning.

## Result
Core tests showed missing bars in one bay, and we broke out and recast 120 square metres at a cost of £95,000.

## Lessons
I learned to hold a pour until the inspection has happened. Since then I have booked every inspection two days before the pour date.

# Switching off the security gate
Kind: failure

## Situation
I was release manager for a health-records app, and the quarterly release was due on a Friday.

## Action
Four security tests were failing, so I disabled them in the pipeline, shipped on time, and left the change out of the release notes.

## Result
One of the failing tests had been catching a real authorisation bug, and 600 patients could see records that weren't theirs for six days.

## Lessons
I learned to treat a failing security test as a stop, whatever the date. Since then I have delayed two releases for failing security checks and told the product owner why in writing.

# Safety bonus at the mine
Kind: failure

## Situation
I was a production superintendent at a coal mine where the whole site's bonus depended on lost-time injuries.

## Action
Over one quarter I recorded three lost-time injuries as restricted duty so the bonus would still pay out.

## Result
An external audit reclassified them, the bonus was clawed back, and the regulator put the site under a six-month review.

## Lessons
I learned to record injuries exactly as they happen, whatever they cost. Since then I have reviewed every injury classification with the site safety officer before it goes into the monthly report.
