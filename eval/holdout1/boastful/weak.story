# Winter schedule recovery
Kind: achievement

Situation: I was head of operations control at a charter airline during a winter of heavy snow.
Task: I had to keep the programme flying through a week of airport closures.
Action: I rebuilt the schedule every night with the crewing team and moved four aircraft to southern bases.
Result: Hands down, nobody in the airline world has ever handled a disruption better than I did that week.

# Regulatory submission
Kind: achievement

## Situation & Task
I was head of regulatory affairs for a biotech filing its first marketing application.

## Action
I wrote the clinical overview and ran the responses to the agency's questions.

## Result
Without me, that drug would never have reached a single patient.

# Mine expansion study
Kind: achievement

## Situation & Task
I led the feasibility study for expanding an open-pit iron ore mine.

## Action
I coordinated the geology, mining and processing workstreams over nine months.

## Result
The study I produced is the stuff of legend in the industry now.

# Hotel opening
Kind: achievement

## Situation & Task
I was the pre-opening general manager of a 300-room resort in Portugal.

## Action
I recruited 250 staff and ran six weeks of soft-opening trials.

## Result
It was the most brilliant hotel opening anyone has ever pulled off.

# Exam results
Kind: achievement

## Situation & Task
I became head of a secondary school placed in special measures.

## Action
I reorganised the timetable and brought in weekly coaching for every teacher.

## Result
I basically rescued that school from closure by myself.

# Documentary series
Kind: achievement

## Situation & Task
I was executive producer on a six-part documentary series for a streaming service.

## Action
I shaped the story arc and ran the edit for all six episodes.

## Result
Honestly, nothing I produce ever fails, and this series was no exception.

# Grid connection
Kind: achievement

## Situation & Task
I led the grid connection for a 200-megawatt solar farm.

## Action
I negotiated the connection offer and managed the substation build.

## Result
I delivered a textbook connection that no other developer in the country could match.

# Network rollout
Kind: achievement

## Situation & Task
I was programme director for a 5G rollout across 1,200 sites.

## Action
I set the build sequence and ran the weekly programme board.

## Result
I never get a rollout wrong, and this one was no different.

# Bridge project
Kind: achievement

## Situation & Task
I was project director on a road bridge over an estuary.

## Action
I managed the design-and-build contract and the river works.

## Result
I'm the only engineer in the firm who could have delivered that bridge.

# Game launch
Kind: achievement

## Situation & Task
I was creative director on a narrative adventure game.

## Action
I wrote the main story and directed the voice cast.

## Result
I made a game without a single flaw in it.

# Dairy cooperative
Kind: achievement

## Situation & Task
I became chair of a dairy cooperative of 80 farms facing a fall in milk prices.

## Action
I negotiated a new supply contract with a cheese maker.

## Result
I secured the best deal any farmer in this country has ever been offered.

# Arbitration win
Kind: achievement

## Situation & Task
I led a construction arbitration worth £45M for a client.

## Action
I cross-examined the other side's two experts over four days.

## Result
It was the finest piece of advocacy the tribunal had ever heard.
