-- Personal data is erased a while after a letter is final (org.aldermail.privacy.RetentionJob); the row stays,
-- so the counts per ward do not change. erased_at marks the erased rows, so erasing is done once and can run on
-- several instances at once.
ALTER TABLE letter ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;

-- When a campaign marked closed without a closing time was first seen closed: its letters' retention runs from then.
CREATE TABLE campaign_closure (
    campaign_slug VARCHAR(80)              NOT NULL PRIMARY KEY,
    closed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
