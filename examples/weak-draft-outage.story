# The outage that wasn't my fault
Kind: failure

## Situation
We were launching the new checkout and the deadline was very tight.

## Action
My manager failed to give us enough time for testing, and the vendor dropped the ball on the
payment gateway. Mistakes were made during the cut-over.

## Result
Checkout was down for most of the evening, which was beyond my control.
