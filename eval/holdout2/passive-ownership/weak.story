# Weekend handover
Kind: failure

## Situation
I was the nurse in charge of a 28-bed respiratory ward on a Friday late shift.

## Action
The handover sheet wasn't updated before the weekend team arrived, so a patient's new oxygen target went unnoticed until Saturday morning.

## Result
His saturation dropped to 84% before the registrar corrected the prescription.

## Lessons
I learned to treat the handover sheet as a clinical record, and on every shift I have run since that weekend I have checked it line by line with the incoming nurse.

# Duplicate invoices
Kind: failure

## Situation
I ran accounts payable for a regional logistics firm during a system migration.

## Action
Over the migration fortnight, eleven supplier invoices got paid twice.

## Result
We recovered £96,000 of the £104,000 overpaid, and wrote off the rest.

## Lessons
I learned to run a duplicate-payment report before every payment batch, and I have run it before each of the weekly batches in the two years since.

# Shutdown briefing
Kind: failure

## Situation
I was planning lead for a two-week maintenance shutdown at a chemical plant.

## Action
On the first morning, the permit-to-work briefing for the contractors was left out in the rush to start.

## Result
A contractor opened a line that was still under pressure, and we stopped work for 14 hours while the safety team investigated.

## Lessons
I learned to make the briefing a hard gate in the schedule, and at the 2024 shutdown I signed off the briefing register myself before any permit was issued.

# Accessibility audit
Kind: failure

## Situation
I was the product manager for a benefits-application website for a housing association.

## Action
By launch day the screen-reader testing still hadn't been carried out.

## Result
Within a week, 37 tenants had phoned to say they could not submit the form, and we paused the service for ten days.

## Lessons
I learned to put accessibility testing on the critical path, and on our repairs-booking site I scheduled screen-reader testing in the second sprint and fixed 19 issues before launch.

# Lapsed renewal
Kind: failure

## Situation
I managed a portfolio of 30 enterprise accounts for a cybersecurity firm.

## Action
The renewal reminder for one of our oldest customers got overlooked, and their contract lapsed over a bank holiday.

## Result
They were unprotected for six days and then signed with a competitor, taking £240,000 a year with them.

## Lessons
I learned to keep renewals in a shared calendar with 90-, 60- and 30-day reminders, and I moved all 30 of my accounts onto it the following month.

# Trip consent
Kind: failure

## Situation
I organised a Year 8 geography field trip to the coast for 54 pupils.

## Action
Six of the consent forms were never chased up, and those pupils had to stay behind on the morning of the trip.

## Result
Six families complained to the head, and one pupil missed the only fieldwork in her coursework.

## Lessons
I learned to track consent in a spreadsheet with a deadline a week before the trip, and for the two trips I have run this year I had every form back five days early.

# Board deck version
Kind: failure

## Situation
I was chief of staff to the CEO of a mid-sized insurer, preparing the quarterly board pack.

## Action
An early draft of the capital slide was circulated to the board in place of the final one.

## Result
The board challenged a solvency ratio that was out by 9 points, and the meeting ran 40 minutes over.

## Lessons
I learned to lock the final pack in one folder with version numbers in the file names, and for the next six board meetings I did a final version check with the CFO's office before sending.

# Untested backups
Kind: failure

## Situation
I was infrastructure lead for a law firm's document systems.

## Action
When a storage array failed, it turned out the nightly backups hadn't been restore-tested for over a year.

## Result
Three days of client documents were unrecoverable, and 140 fee earners lost 30 hours of work on average.

## Lessons
I learned that a backup is only as good as its last restore, and I introduced a monthly restore test that I have run every month since that incident.

# Dependencies underestimated
Kind: failure

## Situation
I was engineering manager for a mobile-banking feature that relied on three other teams.

## Action
The cross-team dependencies were badly underestimated in the plan, and the launch date had to move twice.

## Result
We launched four months late, after the marketing campaign had already run.

## Lessons
I learned to map dependencies with each team's lead before committing to a date, and on the card-controls feature last year I ran that session in week one and launched on schedule.

# Data checks left late
Kind: failure

## Situation
I managed the rollout of a customer-loyalty app for a coffee chain with 80 shops.

## Action
The data-protection impact assessment got pushed to the final week before go-live.

## Result
The privacy team found two issues that blocked launch, and we went live 23 days late.

## Lessons
I learned to start privacy review in the first sprint, and on the gift-card project I booked the assessment in week two and launched on the planned date.

# Pump alarm
Kind: failure

## Situation
I was a junior staff nurse on nights in a high-dependency unit.

## Action
An infusion pump alarm was muted at 3 a.m. and not reset afterwards.

## Result
The pump ran dry for 25 minutes before the next observation round, and the patient's blood pressure dropped before the team restarted the infusion.

## Lessons
I learned never to silence an alarm without fixing its cause there and then, and in the four years since I have checked and reset every alarm I have silenced before leaving the bedside.

# Scaffold inspection
Kind: challenge

## Situation
I took over as site supervisor on a housing development three weeks into the job.

## Task
I had to get the site through a surprise inspection from the Health and Safety Executive.

## Action
I found that the weekly scaffold inspections had been allowed to lapse, so I walked every lift with the scaffold contractor, tagged the unsafe sections, and set up a Monday inspection rota with my two assistant supervisors.

## Result
The inspector issued one improvement notice instead of a prohibition, and we closed it out in nine days.
