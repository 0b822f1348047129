# Supply-chain turnaround after the port strike
Kind: achievement
Role: Chief Operating Officer
Competencies: leadership, execution, crisis management
Question: Tell me about a time you led the business through a crisis.
Target: 1m30s
When: 2022-Q3

## Situation
In August 2022 a six-week port strike stranded 40% of our inbound inventory, and our two largest
retail customers warned that they would move their holiday orders to a competitor.

## Task
As COO I owned keeping those customers and protecting the quarter's $120M revenue plan, without
a budget increase.

## Action
I set up a daily war room with procurement, finance and our three regional logistics leads, and
asked each lead to own one customer's supply plan end to end. I negotiated air-freight capacity
for the 200 products that carried 70% of holiday margin, and I personally called both retail
buyers every Friday with a written update on what we had landed and what was still at sea.
When the cost of air freight climbed, I agreed with finance to fund it by pausing two
low-margin promotions rather than raising prices.

## Result
We shipped 96% of holiday orders on time, both customers renewed for two years, and the quarter
closed at $117M, 97.5% of plan. The war-room format became our standard crisis playbook and
was used again in the 2023 supplier insolvency.

## Notes
If asked about cost: air freight added $3.2M; the paused promotions saved $2.6M.
