<!-- story-coach-disable-file section-balance -->
# Warehouse consolidation
Kind: achievement
Competencies: execution, negotiation
Target: 2m

## Situation
In 2021 we ran four regional warehouses with overlapping stock and rising rent.

## Task
As operations lead I had to cut logistics cost without slowing delivery.

## Action
I modelled demand for 1,200 products, negotiated two lease exits, and worked with the finance team to phase the move over six months.

## Result
We closed two sites, cut logistics cost by 22% ($3.1M a year) and kept next-day delivery at 98%.

# Missed launch
Kind: failure
Competencies: ownership

## Situation
In 2019 I led a mobile app launch for a retail client.

## Action
I committed to a date before the payments team had sized their work, and we shipped three weeks late.

## Result
The client lost its holiday campaign window, about $400k in planned sales.

## Lessons
I learned to get estimates from every team before I commit to a date. Since then, on the next three launches, I have run a sizing session first, and all three shipped on time.

## Notes
If asked: the client renewed the next year.
