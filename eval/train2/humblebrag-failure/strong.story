# Year-end audit overload
Kind: failure
## Situation
In my second year as an audit senior, I was running one client file during busy season.
## Action
I agreed to take on a second client without checking the review dates against my own.
## Result
My own client's file went to review 4 days late.
## Lessons
I learned to check my commitments before saying yes, and since then I have kept a shared busy-season calendar that I update before accepting any new file.

# Board report error
Kind: failure
## Situation
As head of strategy at a housing association, I owned the quarterly report to the board.
## Action
I rushed the final version and didn't recheck the arrears formula after our finance analyst updated the data.
## Result
The board saw arrears understated by £120,000 until our finance analyst's careful cross-check caught it 2 days later.
## Lessons
I learned to build a checking step into my own timeline, and since then I have booked a 1-hour review with finance before every board pack.

# Promising a date too early
Kind: failure
## Situation
I was the account director on a software rollout for a regional bank.
## Action
I gave their CIO a go-live date in the first meeting, before I had checked it with our engineering lead.
## Result
We had to move the date by 3 weeks, and the CIO escalated to our CEO.
## Lessons
I learned not to commit to dates I have not validated, and on my next two accounts I have given dates only after a planning session with engineering.

# Incomplete handover
Kind: failure
## Situation
I was a newly qualified nurse on a busy elderly-care ward.
## Action
At the end of a long shift I handed over a patient without mentioning a change to his fluid chart.
## Result
He missed 2 hours of fluids before the night nurse picked it up, and she reported it promptly.
## Lessons
I learned that I skip steps when I rush, and since then I have used the written SBAR handover sheet for every patient, every shift.

# Losing track of the team
Kind: failure
## Situation
I took over a team of six developers at an e-commerce company.
## Action
I focused on hiring in my first quarter and didn't hold a single planning session with the team.
## Result
We finished the quarter with 2 of our 5 roadmap items done.
## Lessons
I learned that I neglect planning when I'm busy with other work, and since then I have run a 30-minute priorities session with the team every Monday.

# Micromanaging the pours
Kind: failure
## Situation
As a site engineer on a hospital extension, I was responsible for sign-off before each concrete pour.
## Action
I didn't trust the foreman's checks, so I insisted on checking every bar myself and made the crew wait for me.
## Result
Two pours slipped by a day each.
## Lessons
I learned that my reluctance to delegate was slowing the job, and on my next project I agreed a sampling plan with the foreman in week 1.

# Avoiding a hard conversation
Kind: failure
## Situation
I spent nine years as a store manager at a supermarket chain.
## Action
I kept a deputy manager in post for a year although his stock counts were wrong every month, because I avoided the conversation.
## Result
The store's stock loss rose to 3.1%, the worst in the region.
## Lessons
I learned that avoiding conflict costs the whole team, and since then I have raised performance issues within a week of seeing them.

# Saying yes to every school
Kind: failure
## Situation
I ran a small literacy charity as its first chief executive.
## Action
I agreed to work with every school that asked, without building a budget for the extra tutors.
## Result
We ended the year £30,000 over budget.
## Lessons
I learned that I have to cost a commitment before I make it, and in the next planning round I capped our partner schools at 20 and priced each one.

# Unprepared for the Q&A
Kind: failure
## Situation
I was a junior consultant on a pitch to a government department.
## Action
I spent all my time on the slides and didn't rehearse the questions the panel was likely to ask.
## Result
I couldn't answer 2 of their 5 questions on cost, and we came second.
## Lessons
I learned that I over-invest in material and under-invest in rehearsal, and for my next 3 pitches I ran a mock Q&A with a colleague two days before.

# Leaving out my analyst
Kind: failure
## Situation
I led the operations team that moved a pharmaceutical warehouse to a new site.
## Action
When the director praised the move, I presented the results and forgot to mention that my analyst had built the whole inventory plan.
## Result
She raised it with me the next day, upset, and it took me 2 months to rebuild her trust.
## Lessons
I learned to name people's contributions in the room, and since then I have put the names of contributors on every results slide I present.

# Launching before the testing was done
Kind: failure
## Situation
I was the sales manager for a new line of farm machinery.
## Action
I pushed our engineers to release the new baler before field testing was finished, to hit my quarterly number.
## Result
We recalled 40 units for a faulty knotter, at a cost of £95,000.
## Lessons
I learned that I let short-term targets override my judgement, and since then I have signed off launches only with the engineering lead's test report in hand.

# Overbooking the spa
Kind: failure
## Situation
I was a reservations supervisor at a resort hotel.
## Action
I overrode the booking system's capacity warning for the spa because I assumed there would be cancellations.
## Result
We had 18 guests with no treatment slot on a Saturday and refunded £2,700.
## Lessons
I learned not to act on assumptions about demand, and since then I have checked the spa board and confirmed with the spa manager before any override.

# Late to tell the team
Kind: failure
## Situation
I managed a customer-support team of 12 at a telecoms company.
## Action
I knew about a budget cut to our overtime for a month before I told the team, because I was nervous about their reaction.
## Result
Three people had already booked overtime shifts that I had to cancel, and 1 of them left.
## Lessons
I learned to share bad news early, and since then I have briefed the team within 48 hours of any change to their pay or hours.

# Targets without the staff
Kind: failure
## Situation
I became head of a primary school that had just come out of special measures.
## Action
I set eight improvement targets for the year without asking the teachers what was realistic.
## Result
We reached 3 of the 8, and staff morale scores fell from 72% to 55%.
## Lessons
I learned that targets I set alone don't stick, and for the next school development plan I agreed every target with the phase leaders.

# Missing the licence deadline
Kind: failure
## Situation
I was a compliance manager at a fintech during a licence application.
## Action
I let my inbox run my week and didn't block out time for the application itself.
## Result
I submitted it 1 week later than planned, and the regulator's review slipped by a month.
## Lessons
I learned that I lose focus without structure, and since then I have blocked two mornings a week for deep work on any major submission.

# Cancelling one-to-ones
Kind: failure
## Situation
I was a senior data analyst at a logistics company with four graduate analysts.
## Action
I cancelled my one-to-ones with the graduates for two months to finish my forecasting model.
## Result
One of the 4 graduates left, and she told HR she had felt unsupported.
## Lessons
I learned that mentoring is the first thing I drop under pressure, and since then I have kept one fixed hour a week for the graduates and not moved it.
