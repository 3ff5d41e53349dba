-- Accounts, their roles, and the refresh tokens issued to them. Ids are random UUIDs chosen by the
-- application: they are the subject of access tokens, so they must not be guessable in sequence.
CREATE TABLE users (
    id            VARCHAR(36)  PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(255) NOT NULL
);
-- Login finds an account by its normalised email address; the index also keeps addresses unique.
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE roles (
    name VARCHAR(50) PRIMARY KEY
);
INSERT INTO roles (name) VALUES ('User'), ('Administrator');

CREATE TABLE user_roles (
    user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    VARCHAR(50) NOT NULL REFERENCES roles (name),
    PRIMARY KEY (user_id, role)
);

-- Only a SHA-256 of each token is kept. Refresh finds a token by its hash (the primary key);
-- logout and reuse detection revoke a family; a password change revokes an account's tokens.
CREATE TABLE refresh_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    family_id  UUID        NOT NULL,
    user_id    VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TIMESTAMPTZ NOT NULL,
    spent_at   TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_id_idx ON refresh_tokens (user_id);
