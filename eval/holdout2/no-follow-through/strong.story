# Late bad news
Kind: failure

## Situation
I was programme director for a new patient-records system across three hospitals.

## Action
I held back news of a data-migration slip for six weeks, hoping the team would recover the time.

## Result
When I told the executive board, go-live moved by four months and the trust paid £700,000 in extra licence fees.

## Lessons
I learned to give sponsors bad news as soon as I see it, and on the pathology system the following year I reported a supplier slip to the board in the week I found it, which let us re-plan at no extra cost.

# Operators' view
Kind: failure

## Situation
I was a design engineer on a new packing machine for a cereal plant.

## Action
I finalised the machine layout from the drawings alone, without spending time with the operators on the line.

## Result
The operators could not reach the film reels without stopping the machine, and we spent £60,000 on rework.

## Lessons
The experience taught me to test my assumptions with the people who do the work, and on my next two machines I ran a half-day walkthrough with the operators before freezing the layout.

# Handover checklist
Kind: failure

## Situation
I was a newly qualified midwife on a labour ward.

## Action
I handed over a woman in early labour verbally, without mentioning that her blood-pressure readings had been creeping up.

## Result
Her next reading came two hours later, and she needed urgent treatment for pre-eclampsia.

## Lessons
I learned that a safe handover depends on a written structure rather than memory, and from my next shift onward I have handed over each woman using the SBAR form.

# Asking for help
Kind: failure

## Situation
I was a first-year analyst on a due-diligence project for a private-equity client.

## Action
I spent four days stuck on a revenue reconciliation rather than asking my manager for help.

## Result
The team missed the first draft deadline by two days.

## Lessons
My lesson was to ask for help sooner, and on my next three projects I raised each blocker at the morning stand-up on the day I hit it.

# Rollback untested
Kind: failure

## Situation
I was the engineering lead for a database upgrade at an online travel agent.

## Action
I tested the upgrade path thoroughly but didn't rehearse the rollback.

## Result
When the upgrade failed, rolling back took 7 hours instead of the planned 30 minutes, and bookings were down for the whole time.

## Lessons
I learned that a rollback plan only counts once I have rehearsed it, and before the next four upgrades I ran a timed rollback rehearsal in staging each time.

# Managing the spreadsheet
Kind: failure

## Situation
I was a new operations manager at a call centre with 60 agents.

## Action
I spent my first three months on the scheduling spreadsheet and held one-to-ones with agents only when problems came up.

## Result
Staff turnover reached 45% that year.

## Lessons
I realised I had been managing the spreadsheet instead of the people, and the following January I started monthly one-to-ones with each team leader and cut turnover to 28% that year.

# Parents involved
Kind: failure

## Situation
I was head of a primary school introducing a new behaviour policy.

## Action
I launched the policy in September after consulting staff but not parents.

## Result
I received 70 complaints in the first month, and the governors asked me to pause the policy.

## Lessons
I learned to involve parents from the first draft, and when I revised the homework policy last spring I ran two parent workshops before writing a word.

# Silence in the room
Kind: failure

## Situation
I chaired the steering group for a retail bank's branch-closure programme.

## Action
I took the regional managers' silence in the meeting as agreement and announced 40 closures.

## Result
Three regional managers raised formal objections the following week, and we reversed 9 of the closures.

## Lessons
What I took from it is that silence in a meeting doesn't mean agreement, and at each steering group after that I asked every regional manager for a yes or no before we recorded a decision.

# Email for hard conversations
Kind: failure

## Situation
I managed a team of eight account executives at a media agency.

## Action
I told a senior executive by email that she would not be promoted that year.

## Result
She resigned within a month, taking two client accounts worth £350,000.

## Lessons
The episode made me see that I lean on email for difficult conversations, and in this year's promotion round I gave each of the five decisions face to face before confirming it in writing.

# Dosage check
Kind: failure

## Situation
I was a paediatric staff nurse on a night shift.

## Action
I calculated a weight-based antibiotic dose on my own and drew up ten times the prescribed amount.

## Result
The nurse who checked it before administration caught the error, and the child received the correct dose 20 minutes later.

## Lessons
My takeaway was that I need a second pair of eyes on my dosage calculations, and for the three years after that night I had a colleague check each calculation before I drew anything up.

# Temper under pressure
Kind: failure

## Situation
I was a kitchen manager during a Saturday service when two chefs called in sick.

## Action
I shouted at a commis chef for a late order in front of the whole kitchen.

## Result
He walked out mid-service, and we comped 14 tables.

## Lessons
I learned that my reactions set the tone for the brigade, and I apologised to him the next day and took a course on managing conflict, which I have put into practice with a ten-minute debrief after each service.

# Single source
Kind: failure

## Situation
I was supply-chain manager for an electronics assembler.

## Action
I kept a single supplier for a critical power chip because they were the cheapest.

## Result
When their factory flooded, our line stopped for three weeks and we lost £2.2M of orders.

## Lessons
I learned to qualify a second source for each critical part, and over the following year I qualified second suppliers for our 15 highest-risk components.
