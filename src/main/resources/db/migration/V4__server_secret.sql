-- The key that signs form tokens and challenges and hashes client addresses, shared by every instance.
CREATE TABLE server_secret (
    name       VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
