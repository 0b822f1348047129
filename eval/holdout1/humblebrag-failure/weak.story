# Crew scheduling project
Kind: failure

Situation: I led a crew scheduling project at a regional airline.
Action: My Achilles heel is that I hold myself to impossibly high standards, and this project was no different.
Result: The new scheduling tool went live in the autumn.
Lessons: I now set myself the same standards I set for my team.

# Trial protocol
Kind: failure

## Situation
I was medical director for a phase III trial in rheumatoid arthritis.

## Action
I'm guilty of being overly conscientious, so I reviewed every protocol amendment twice.

## Result
The trial finished recruitment on schedule.

## Lessons
I now let my deputy review the minor amendments.

# Night shifts at the mine
Kind: failure

## Situation
I was production superintendent at a nickel mine in Western Australia.

## Action
I'm a workaholic, plain and simple, and I covered night shifts myself for most of that year.

## Result
The mine hit its production target.

## Lessons
I now rotate night cover among the three superintendents.

# Guest complaints
Kind: failure

## Situation
I was general manager of a boutique hotel in Bath.

## Action
Where I went wrong is that I care too much about every guest's experience.

## Result
Our review score stayed above 9 all year.

## Lessons
I now let the duty managers handle most complaints themselves.

# Team player
Kind: failure

## Situation
I was deputy head at a primary school going through an inspection.

## Action
My failure is that I'm too much of a team player, and I took on everybody's inspection preparation as well as my own.

## Result
The school kept its good rating.

## Lessons
I now share out the preparation at the start of term.

# Story deadlines
Kind: failure

## Situation
I was business editor at a national newspaper.

## Action
I'm relentless, and I never let a story go until it was as strong as it could possibly be.

## Result
Our section won two industry awards that year.

## Lessons
I now agree the final deadline with the night desk at the start of each day.

# Over-delivering for the regulator
Kind: failure

## Situation
I was head of regulation at a gas network.

## Action
I always over-deliver, and for the price control submission I gave the regulator far more analysis than it asked for.

## Result
The regulator accepted our business plan with minor changes.

## Lessons
I now match our submissions to the regulator's guidance.

# Coverage for colleagues
Kind: failure

## Situation
I was a network engineering manager at a mobile operator.

## Action
I was too selfless with my time and covered every colleague's on-call shift whenever they asked.

## Result
The network ran without a major outage that year.

## Lessons
I now keep to the on-call rota like everyone else.

# Site standards
Kind: failure

## Situation
I was site manager on a new-build primary school.

## Action
If I have a flaw, it's that I'm too driven to deliver the best building possible for the children.

## Result
We handed over the school a week before term started.

## Lessons
I now focus my site walks on the items that matter to the client.

# Second chances
Kind: failure

## Situation
I ran a QA team of 14 at a games studio.

## Action
I never give up on people, and I kept coaching a struggling tester long after others would have stopped.

## Result
He became one of our most reliable testers.

## Lessons
I now set a clear time limit on performance coaching.

# Long harvest days
Kind: failure

## Situation
I managed a 3,000-acre arable farm.

## Action
I suppose my fault is that I simply love the work too much to stop, so I drove the combine myself from dawn to midnight.

## Result
We got the harvest in before the rain.

## Lessons
I now hire a relief driver for the harvest.

# Client service at the firm
Kind: failure

## Situation
I was a senior associate in a private client team at a law firm.

## Action
My biggest failure is that I'm too devoted to my clients and answer their emails at any hour.

## Result
Every client on my list renewed their instructions.

## Lessons
I now set out my working hours in every engagement letter.
