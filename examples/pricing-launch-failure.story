# The pricing change I rushed
Kind: failure
Role: VP Product
Competencies: judgement, ownership, customer focus
Question: Tell me about a time you failed.
Target: 2m

## Situation
In 2021 I led the move of our analytics product from per-seat to usage-based pricing. Our board
wanted the new model live before the annual renewal season.

## Action
I set a launch date before our support and sales teams had tried the new billing flows, because
I assumed the pricing calculator we had tested with five customers would carry over. I did not
ask for a dry run with the renewal team.

## Result
In the first month 31 customers received invoices they could not reconcile, renewals slipped by
three weeks, and we issued $180K in credits to keep the accounts.

## Lessons
I learned that a pricing change is an operational change first: the people who explain the bill
need to rehearse it before customers see it. Since then I run a full billing rehearsal with
support and sales two weeks before any pricing launch. On the 2023 packaging change we found
and fixed four invoice errors in rehearsal, and credits in the first month fell to under $5K.
