-- Solved proof-of-work challenges, kept until they expire so that a solution is accepted once, on any instance.
CREATE TABLE used_challenge (
    challenge  VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX used_challenge_expires_at ON used_challenge (expires_at);
