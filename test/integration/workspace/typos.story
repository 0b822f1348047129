# Pricing pilot
Knd: achievement
Target: 2m

## Situation
In 2022 our pricing page converted 1.8% of trial users, half the industry norm.

## Task
I owned lifting conversion before the annual planning cycle.

## Action
I ran five pricing experiments with the growth team and I interviewed 40 customers myself.

## Reslt
Conversion rose to 3.1% within one quarter, adding $2.4M in annual revenue.

<!-- story-coach-disable-next-line hedgin -->
I think it was the best project of my year.
