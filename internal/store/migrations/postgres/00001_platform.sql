-- +goose Up
CREATE TABLE organizations (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         TEXT NOT NULL,
    slug         TEXT NOT NULL UNIQUE,
    root_node_id BIGINT NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE nodes (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        BIGINT NOT NULL REFERENCES organizations(id),
    parent_id     BIGINT REFERENCES nodes(id),
    kind          TEXT NOT NULL,
    name          TEXT NOT NULL,
    path          TEXT NOT NULL,
    location_type TEXT NOT NULL DEFAULT '',
    street        TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT '',
    zip           TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    time_zone     TEXT NOT NULL DEFAULT '',
    listings      TEXT NOT NULL DEFAULT '{}',
    credential    TEXT NOT NULL DEFAULT '',
    specialty     TEXT NOT NULL DEFAULT '',
    archived_at   TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX nodes_org_path ON nodes (org_id, path);

CREATE TABLE users (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        BIGINT NOT NULL REFERENCES organizations(id),
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled_at   TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX users_org ON users (org_id);

CREATE TABLE grants (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id     BIGINT NOT NULL REFERENCES organizations(id),
    user_id    BIGINT NOT NULL REFERENCES users(id),
    node_id    BIGINT NOT NULL REFERENCES nodes(id),
    role       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (user_id, node_id, role)
);
CREATE INDEX grants_org ON grants (org_id);

CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    org_id       BIGINT NOT NULL REFERENCES organizations(id),
    user_id      BIGINT NOT NULL REFERENCES users(id),
    csrf_token   TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE api_tokens (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id       BIGINT NOT NULL REFERENCES organizations(id),
    user_id      BIGINT NOT NULL REFERENCES users(id),
    name         TEXT NOT NULL,
    prefix       TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_tokens_org ON api_tokens (org_id);

CREATE TABLE login_throttle (
    key          TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    locked_until TIMESTAMPTZ
);

CREATE TABLE audit_events (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        BIGINT NOT NULL REFERENCES organizations(id),
    seq           BIGINT NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    actor_type    TEXT NOT NULL,
    actor_id      BIGINT NOT NULL,
    actor_label   TEXT NOT NULL,
    action        TEXT NOT NULL,
    object_type   TEXT NOT NULL,
    object_id     TEXT NOT NULL,
    before_digest TEXT NOT NULL,
    after_digest  TEXT NOT NULL,
    detail        TEXT NOT NULL,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL,
    UNIQUE (org_id, seq)
);

CREATE TABLE audit_heads (
    org_id BIGINT PRIMARY KEY REFERENCES organizations(id),
    seq    BIGINT NOT NULL,
    hash   TEXT NOT NULL
);

CREATE TABLE feedback (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id             BIGINT NOT NULL REFERENCES organizations(id),
    location_id        BIGINT NOT NULL REFERENCES nodes(id),
    provider_id        BIGINT REFERENCES nodes(id),
    source             TEXT NOT NULL,
    kind               TEXT NOT NULL,
    external_id        TEXT NOT NULL,
    parent_external_id TEXT NOT NULL DEFAULT '',
    author_name        TEXT NOT NULL DEFAULT '',
    rating             INTEGER,
    nps                INTEGER,
    text               TEXT NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    local_time         TEXT NOT NULL,
    received_at        TIMESTAMPTZ NOT NULL,
    UNIQUE (org_id, source, external_id)
);
CREATE INDEX feedback_org_created ON feedback (org_id, created_at);
CREATE INDEX feedback_location_created ON feedback (location_id, created_at);

-- +goose Down
DROP TABLE feedback;
DROP TABLE audit_heads;
DROP TABLE audit_events;
DROP TABLE login_throttle;
DROP TABLE api_tokens;
DROP TABLE sessions;
DROP TABLE grants;
DROP TABLE users;
DROP TABLE nodes;
DROP TABLE organizations;
