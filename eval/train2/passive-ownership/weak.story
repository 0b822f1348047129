# Penicillin allergy on admission
Kind: failure

## Situation
I was the admitting junior doctor on an acute medical unit during a winter night shift with 30 admissions.

## Action
The patient's penicillin allergy wasn't recorded on the drug chart at admission, and I prescribed co-amoxiclav for her chest infection.

## Result
She developed a rash and wheeze within an hour and needed adrenaline, though she recovered fully.

## Lessons
I learned to ask about allergies myself before every antibiotic prescription, whatever the chart says. Since then I have asked every patient or relative directly before I prescribe, on more than 400 admissions.

# Thursday night deployment
Kind: failure

## Situation
I was the tech lead for a retailer's checkout service during the run-up to a summer sale.

## Action
On the Thursday night the wrong build got deployed to production, and I spent four hours with two engineers rolling it back.

## Result
Checkout conversion dropped by 9% overnight, costing £120,000 in sales.

## Lessons
I learned to make every deployment name its build explicitly and to verify it before traffic moves. Since then I have added a build-hash check to our pipeline, and we have had no wrong deployments in 18 months.

# Column grid on the hospital extension
Kind: failure

## Situation
I was project architect on a £20 million hospital extension.

## Action
The construction drawings had been issued with the old column grid, and I only caught it when the steel erector queried a connection.

## Result
Six columns had to be moved, adding three weeks and £140,000 to the job.

## Lessons
I learned to run a grid check against the structural model before every drawing issue. Since then I have done that check on all 40 of my drawing issues, with the structural engineer signing each one.

# Christmas stock count
Kind: failure

## Situation
I managed a large branch of a homeware chain, with 45 staff and £4 million of stock.

## Action
The Christmas stock count was rushed to fit a single evening, and I signed the results off the next morning.

## Result
The spring count found a £30,000 gap, and head office put the store on a loss-prevention plan.

## Lessons
I learned to plan stock counts in zones over two nights with a second counter in each. I have run the last four counts that way, and our variance has stayed under 0.3%.

# Customs entries at the port
Kind: failure

## Situation
I was operations manager at a freight forwarder handling a retailer's Asian imports.

## Action
In the week after our system upgrade, customs declarations for 40 containers were submitted late, and I spent the weekend clearing them with our broker.

## Result
The containers sat at Felixstowe for six days, and the retailer charged us £52,000 in penalties.

## Lessons
I learned to run the old and new systems side by side through any cutover. On our next upgrade I ran two weeks in parallel, and every declaration went in on time.

# Volunteer checks at the youth club
Kind: failure

## Situation
I coordinated volunteers for a youth charity with three clubs and 70 volunteers.

## Action
During a funder's review I found that the background checks for a third of the volunteers had not been renewed in two years, and I stood them down that evening.

## Result
Two clubs closed for three weeks while I renewed 23 checks.

## Lessons
I learned to keep a renewal tracker and review it every month. Since then I have checked the tracker on the first of each month, and no check has lapsed.

# Supplier bank details
Kind: failure

## Situation
I ran accounts payable for a manufacturing group paying 1,200 suppliers.

## Action
A supplier's bank details were changed on the strength of a single email, and the next payment run went out to the new account.

## Result
We lost £86,000 to the fraudster and recovered £31,000 through the bank.

## Lessons
I learned that every change of bank details needs a call-back to a number we already hold. Since then I have made that call-back mandatory, and my team has stopped three attempted frauds.

# Mock exam papers
Kind: failure

## Situation
I was head of maths at a secondary school running Year 11 mock exams for 180 students.

## Action
A set of the mock papers was left on the staff-room printer the week before the exam, and a student photographed them.

## Result
I had to write and print a new paper in two days, and the mock ran a day late.

## Lessons
I learned to print and store exam papers myself in a locked cupboard. I have handled the last six exam series that way without a single leak.

# Torque settings on line 3
Kind: challenge

## Situation
I joined an automotive seating plant as quality manager. The torque guns on line 3 hadn't been calibrated since March, and warranty claims for loose seat bolts were climbing.

## Task
I had to stop the claims before the model-year launch.

## Action
I set up a weekly calibration routine with the maintenance supervisor and added a torque audit to each shift start.

## Result
Warranty claims for loose bolts fell from 42 a month to 3 within a quarter.

# Settlement instructions
Kind: failure

## Situation
I was a senior associate handling a commercial dispute that was settling a week before trial.

## Action
The client's instructions on the settlement figure were never put in writing, and I accepted an offer on the basis of a phone call.

## Result
The client disputed the figure a week later, and the firm paid £25,000 toward the difference.

## Lessons
I learned to confirm every instruction on settlement by email before I act on it. Since then I have done that on every settlement, 31 of them.

# Gas readings in the longwall
Kind: challenge

## Situation
I took over as mine manager at an underground coal mine after a near miss. For two shifts, high methane readings from the longwall monitors had been ignored.

## Task
I had to restore confidence in the gas system with the regulator and the crews.

## Action
I set up a control-room alarm that went straight to my phone, and I ran gas-response drills with every crew and the union safety rep.

## Result
Response to a gas alarm fell from 45 minutes to 6, and the regulator lifted its prohibition notice after eight weeks.

# Double bookings at the lodge
Kind: challenge

## Situation
I became general manager of a 60-room lakeside lodge where double bookings kept getting overlooked until the guests were standing at reception.

## Task
I had to stop the walk-outs before the summer season.

## Action
I connected the channel manager to our booking system with the reservations lead and introduced a 4pm check of next-day arrivals.

## Result
Double bookings fell from 14 a month to 1, and our review score rose from 7.8 to 8.9.

# Complaints at the council
Kind: challenge

## Situation
I joined a borough council as head of customer services. Complaints are routinely being closed without any reply to the resident, and the ombudsman has written to the chief executive twice.

## Task
I have to bring response times within the 20-day standard by April.

## Action
I have set up a daily triage meeting with the service leads and I review every closure myself before it is logged.

## Result
Since January, 94% of complaints have had a reply within 20 days, up from 41%.

# Renewal reminders
Kind: failure

## Situation
I ran customer success for a subscription analytics product with 900 business customers.

## Action
During our CRM migration the 60-day renewal reminders were never sent, and I only noticed when the renewal rate dropped.

## Result
Sixty customers lapsed in one quarter, and we won back 38 of them at a discount.

## Lessons
I learned to test every automated customer message after a system change. Since then I have sent test reminders to my own inbox after each release, and we have had no missing reminders in two years.

# Steering committee pack
Kind: failure

## Situation
I was the programme manager for a bank's core-system replacement.

## Action
In the steering committee pack the data-migration risk was glossed over, and I presented the programme as amber.

## Result
The migration rehearsal failed a month later, and go-live moved by five months at a cost of £3 million.

## Lessons
I learned to show the top risk on page one, with its probability and cost. Since then I have opened every steering pack with the top three risks, and the committee has acted on two of them early.

# Sample labels in the lab
Kind: failure

## Situation
I supervised a clinical trials laboratory processing 300 blood samples a day.

## Action
On one Tuesday a rack of samples got mislabelled at reception, and I released the results that afternoon.

## Result
Twelve trial participants received the wrong results, and the sponsor put the site on a corrective action plan.

## Lessons
I learned to add a second barcode scan at every handover point. Since then I have had that double scan on every rack, and we have had no labelling errors in 50,000 samples.

# Conference venue contract
Kind: failure

## Situation
I was events manager for a professional body running its 1,200-delegate annual conference.

## Action
The venue contract was signed without anyone reading the cancellation clause, and when we moved the conference online, I had to negotiate the exit.

## Result
We paid £95,000 in cancellation fees.

## Lessons
I learned to read every clause that carries money before I sign. Since then I have marked up the cancellation and attrition terms on each of our nine venue contracts with our solicitor.

# Know-your-customer files
Kind: challenge

## Situation
I took over a 40-person onboarding team at a private bank. Hundreds of client files had been closed off without proof of address, and the regulator was due in four months.

## Task
I had to fix the files and the process before the visit.

## Action
I split the backlog between two squads with the compliance manager and added a mandatory document check to the closing screen.

## Result
We remediated 860 files in 14 weeks, and the regulator raised no findings on onboarding.

# Deviation report at the plant
Kind: failure

## Situation
I was a production supervisor at a pharmaceutical packaging plant.

## Action
When a labelling machine printed the wrong expiry date on 2,000 cartons, the deviation report got filed three weeks late, and I only raised it when quality asked.

## Result
The batch was quarantined for a month, and the inspector cited the late report in the audit.

## Lessons
I learned to raise a deviation the same shift I see it. Since then I have raised every deviation before I hand over, and the average time to report on my line is two hours.

# De-icing log
Kind: failure

## Situation
I was the ramp supervisor for a regional airline's winter operation at Aberdeen.

## Action
On two nights in January the de-icing log wasn't filled in, and I signed the shift handover as complete.

## Result
The authority's audit found the gaps, and we had to re-brief 45 ground staff under a formal finding.

## Lessons
I learned to check the de-icing log against the departure list before I sign a handover. Since then I have done that check every night of the season.
