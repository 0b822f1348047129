# Weekend handover
Kind: failure

## Situation
I was the nurse in charge of a 28-bed respiratory ward on a Friday late shift.

## Action
I didn't update the handover sheet before the weekend team arrived, so a patient's new oxygen target went unnoticed until Saturday morning.

## Result
His saturation dropped to 84% before the registrar corrected the prescription.

## Lessons
I learned to treat the handover sheet as a clinical record, and on every shift I have run since that weekend I have checked it line by line with the incoming nurse.

# Duplicate invoices
Kind: failure

## Situation
I ran accounts payable for a regional logistics firm during a system migration.

## Action
Over the migration fortnight I paid eleven supplier invoices twice, because I matched them against the old ledger as well as the new one.

## Result
We recovered £96,000 of the £104,000 overpaid, and wrote off the rest.

## Lessons
I learned to run a duplicate-payment report before every payment batch, and I have run it before each of the weekly batches in the two years since.

# Shutdown plan
Kind: achievement

## Situation
Our chemical plant needed a two-week maintenance shutdown with 300 contractors on site.

## Task
As planning lead I had to deliver it without a lost-time injury.

## Action
I built the permit-to-work schedule with the safety manager and ran a briefing for each contractor crew before any permit was issued.

## Result
The plan was approved by the site director in May, and the shutdown finished a day early with zero lost-time injuries.

# Accessibility audit
Kind: failure

## Situation
I was the product manager for a benefits-application website for a housing association.

## Action
I left screen-reader testing until launch week, and by launch day I still hadn't booked the testers.

## Result
Within a week, 37 tenants had phoned to say they could not submit the form, and we paused the service for ten days.

## Lessons
I learned to put accessibility testing on the critical path, and on our repairs-booking site I scheduled screen-reader testing in the second sprint and fixed 19 issues before launch.

# Renewal won back
Kind: achievement

## Situation
One of our oldest cybersecurity customers had put their £240,000 contract out to tender.

## Task
As account manager I had to keep them.

## Action
I brought our solutions architect to three workshops with their security team and rebuilt the proposal around their two audit findings.

## Result
Our bid was shortlisted in March, and the contract was renewed for three years at £265,000 a year.

# Trip consent
Kind: failure

## Situation
I organised a Year 8 geography field trip to the coast for 54 pupils.

## Action
I didn't chase six of the consent forms, and those pupils had to stay behind on the morning of the trip.

## Result
Six families complained to the head, and one pupil missed the only fieldwork in her coursework.

## Lessons
I learned to track consent in a spreadsheet with a deadline a week before the trip, and for the two trips I have run this year I had every form back five days early.

# Board deck version
Kind: failure

## Situation
I was chief of staff to the CEO of a mid-sized insurer, preparing the quarterly board pack.

## Action
I sent the board an early draft of the capital slide instead of the final one.

## Result
The board challenged a solvency ratio that was out by 9 points, and the meeting ran 40 minutes over.

## Lessons
I learned to lock the final pack in one folder with version numbers in the file names, and for the next six board meetings I did a final version check with the CFO's office before sending.

# Backup restore programme
Kind: achievement

## Situation
Our law firm had 140 fee earners relying on nightly document backups that nobody had restored in a test.

## Task
As infrastructure lead I wanted proof we could recover.

## Action
I designed a monthly restore test with our two systems engineers and ran the first one against a full day of client files.

## Result
The approach was adopted by the firm's other two offices, and recovery time was measured at 4 hours against a 24-hour target.

# Dependencies underestimated
Kind: failure

## Situation
I was engineering manager for a mobile-banking feature that relied on three other teams.

## Action
I underestimated the cross-team dependencies in my plan, and I had to move the launch date twice.

## Result
We launched four months late, after the marketing campaign had already run.

## Lessons
I learned to map dependencies with each team's lead before committing to a date, and on the card-controls feature last year I ran that session in week one and launched on schedule.

# Loyalty app launch
Kind: achievement

## Situation
Our coffee chain wanted a loyalty app live in 80 shops before the autumn menu launch.

## Task
I was in charge of the rollout, including privacy sign-off.

## Action
I booked the data-protection assessment in the second sprint and worked through its findings with our privacy officer and two developers.

## Result
The app was approved by the privacy team six weeks before launch, and 41,000 customers registered in the first month.

# Pump alarm
Kind: failure

## Situation
I was a junior staff nurse on nights in a high-dependency unit.

## Action
I muted an infusion pump alarm at 3 a.m. and forgot to reset it.

## Result
The pump ran dry for 25 minutes before the next observation round, and the patient's blood pressure dropped before the team restarted the infusion.

## Lessons
I learned to fix an alarm's cause before I silence it, and in the four years since I have checked and reset each alarm I have silenced before leaving the bedside.

# Scaffold inspection
Kind: challenge

## Situation
I took over as site supervisor on a housing development three weeks into the job.

## Task
I had to get the site through a surprise inspection from the Health and Safety Executive.

## Action
I found that my predecessor had stopped the weekly scaffold inspections when he went on leave, so I walked every lift with the scaffold contractor, tagged the unsafe sections, and set up a Monday inspection rota with my two assistant supervisors.

## Result
I was asked to present the rota at the regional safety forum, and the inspector issued one improvement notice instead of a prohibition, which we closed out in nine days.
