# Route cancellation
Kind: failure

Situation: I was network planning manager at a low-cost airline.
Action: The decision to drop the Porto route came down from on high, and I was just the messenger.
Result: We lost the Porto slots to a competitor within a season.
Lessons: I now put a written view to the network committee before any route decision.

# Batch release at the plant
Kind: failure

## Situation
I'm the quality head at a sterile injectables plant.

## Action
The batch records are reviewed by a central team, so what could I do when the deviation slipped through?

## Result
We recalled 18,000 vials in two markets.

## Lessons
I now sample batch records from my own site every week.

# Safety stand-down
Kind: failure

## Situation
I was shift superintendent at an underground gold mine.

## Action
I only found out about the ventilation fault after the fact, so I really couldn't have acted on it.

## Result
We evacuated level 9 and lost two days of production.

## Lessons
I walk the ventilation circuit at the start of every shift.

# Conference booking
Kind: failure

## Situation
I was events sales manager at a conference hotel in Edinburgh.

## Action
My input was never sought on the pricing for the medical congress, so the loss isn't something you can pin on me.

## Result
We hosted 900 delegates at a loss of £35,000.

## Lessons
I now send a margin estimate to revenue management on every group enquiry.

# Curriculum change
Kind: failure

## Situation
I was head of mathematics at a secondary school when the exam board changed the syllabus.

## Action
I'd been set up to fail by a timetable that gave me one planning day for the whole department.

## Result
Our pass rate fell from 78% to 64% that summer.

## Lessons
I now plan syllabus changes a full year ahead with my department.

# Editorial correction
Kind: failure

## Situation
I was night editor on a national news website.

## Action
The wrong photograph ran because I didn't have the full picture, and nobody shared it with me.

## Result
We published a correction and paid damages to the man wrongly pictured.

## Lessons
I now check every photo caption against the agency's original metadata.

# Tariff migration
Kind: failure

## Situation
I'm the billing operations manager at an energy supplier moving 300,000 customers to new tariffs.

## Action
The call to migrate everyone in one weekend was made over my head, so it's not on me.

## Result
Twelve thousand customers received two bills in the same month.

## Lessons
I am running every large migration in waves of 20,000 customers.

# Customer churn at the call centre
Kind: failure

## Situation
I was head of retention at a mobile network.

## Action
I wasn't given the headcount I asked for, so hitting the target was never realistic.

## Result
Churn rose from 1.3% to 1.7% a month.

## Lessons
I now build my plans around the team I have and say early what it can deliver.

# Concrete pour
Kind: failure

## Situation
I was site manager on a hospital extension.

## Action
The weather did what it did, and that was completely outside anything I could influence.

## Result
We broke out and re-poured a 40-cubic-metre slab.

## Lessons
I now hold a go/no-go call at 6 a.m. on every pour day.

# Patch for the online game
Kind: failure

## Situation
I was live-ops lead for an online strategy game.

## Action
Honestly, I had no real say in the release, since the studio head ran the patch schedule.

## Result
The patch wiped progress for 3% of players.

## Lessons
I now run every patch on a copy of live player data first.

# Harvest contracts
Kind: failure

## Situation
I was commercial manager for a grain cooperative.

## Action
The forward contracts were already signed when I started, so I can hardly be blamed for the price gap.

## Result
Members sold 30% of the harvest below the spot price.

## Lessons
I now review every open forward contract in my first month in a role.

# Disclosure deadline
Kind: failure

## Situation
I was a senior associate on a commercial litigation team.

## Action
Nobody thought to copy me in on the court's revised order, so I was working to the old date.

## Result
We applied for an extension and paid the other side's costs for the hearing.

## Lessons
I now check the court file myself every Monday.
