Kind: achievement
S: Card-payments migration 11 weeks late; two top merchants threatening to leave.
T: Own go-live before the holiday freeze.
A: I cut scope to the 4 flows carrying 92% of volume and paired squads with merchant engineers.
R: Live 5 weeks later, no lost transactions, $4.1M annual revenue kept.
