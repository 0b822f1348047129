# Data platform migration (first draft)
Kind: achievement
Target: 90s

## Situation
Our old data warehouse was kind of slow and everyone complained about it a lot.

## Action
We basically moved everything to the new platform and we worked with various teams to make it happen.
The best migration ever, done flawlessly.

## Result
It significantly improved performance and the business was really happy with the outcome.
