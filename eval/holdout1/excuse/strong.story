# Route cancellation
Kind: failure

Situation: I was network planning manager at a low-cost airline.
Action: The decision to drop the Porto route sat with the network committee, and I had data on its summer bookings that I never put in front of them.
Result: We lost the Porto slots to a competitor within a season.
Lessons: I now put a written view to the network committee before any route decision.

# Batch release at the plant
Kind: failure

## Situation
I'm the quality head at a sterile injectables plant.

## Action
A central team reviews the batch records, but the deviation started on my line, and I had stopped sampling our own records to save time.

## Result
We recalled 18,000 vials in two markets.

## Lessons
I now sample batch records from my own site every week.

# Safety stand-down
Kind: challenge

## Situation
I was shift superintendent at an underground gold mine.

## Task
A ventilation fault on level 9 came through the control room at 2 a.m., and I had to decide within minutes.

## Action
I ordered the evacuation, called in the ventilation engineer and kept the other levels working.

## Result
Level 9 was back in production in 36 hours with nobody hurt.

# Conference booking
Kind: failure

## Situation
I was events sales manager at a conference hotel in Edinburgh.

## Action
Revenue management set the congress pricing, and I didn't send them my cost estimate for the extra catering, which I had.

## Result
We hosted 900 delegates at a loss of £35,000.

## Lessons
I now send a margin estimate to revenue management on every group enquiry.

# Curriculum change
Kind: challenge

## Situation
I was head of mathematics at a secondary school when the exam board changed the syllabus.

## Task
The timetable gave us one planning day for the whole department.

## Action
So I split the new syllabus into six units, gave each teacher one to write, and used our weekly meetings to review them.

## Result
Our pass rate held at 77%, against 78% the year before.

# Editorial correction
Kind: failure

## Situation
I was night editor on a national news website.

## Action
The agency caption was wrong, but I was the last person to check that photograph, and I didn't check it against the original metadata.

## Result
We published a correction and paid damages to the man wrongly pictured.

## Lessons
I now check every photo caption against the agency's original metadata.

# Tariff migration
Kind: failure

## Situation
I'm the billing operations manager at an energy supplier moving 300,000 customers to new tariffs.

## Action
Our director chose a single-weekend migration, and I had the evidence to argue for waves but didn't push it.

## Result
Twelve thousand customers received two bills in the same month.

## Lessons
I am running every large migration in waves of 20,000 customers.

# Customer churn at the call centre
Kind: failure

## Situation
I was head of retention at a mobile network.

## Action
I got six of the ten extra advisers I'd asked for, and I kept the original target instead of resetting it with my director.

## Result
Churn rose from 1.3% to 1.7% a month.

## Lessons
I now build my plans around the team I have and say early what it can deliver.

# Concrete pour
Kind: failure

## Situation
I was site manager on a hospital extension.

## Action
Heavy rain was forecast for the afternoon, and I went ahead with the pour because I wanted to keep the programme.

## Result
We broke out and re-poured a 40-cubic-metre slab.

## Lessons
I now hold a go/no-go call at 6 a.m. on every pour day.

# Patch for the online game
Kind: failure

## Situation
I was live-ops lead for an online strategy game.

## Action
The studio head ran the patch schedule, but the test plan was mine, and I skipped the run against live player data.

## Result
The patch wiped progress for 3% of players.

## Lessons
I now run every patch on a copy of live player data first.

# Harvest contracts
Kind: challenge

## Situation
I was commercial manager for a grain cooperative.

## Task
The forward contracts for that harvest were signed before I started, at prices well under the market.

## Action
I renegotiated delivery windows on two contracts and moved uncommitted grain into storage for a later sale.

## Result
Members sold 70% of the harvest at or above the spot price.

# Disclosure deadline
Kind: failure

## Situation
I was a senior associate on a commercial litigation team.

## Action
I missed the court's revised order because I relied on the partner's emails instead of checking the court file, which was my job.

## Result
We applied for an extension and paid the other side's costs for the hearing.

## Lessons
I now check the court file myself every Monday.
