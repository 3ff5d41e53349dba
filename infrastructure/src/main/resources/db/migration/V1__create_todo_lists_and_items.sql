CREATE TABLE todo_lists (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id         VARCHAR(255) NOT NULL,
    title            VARCHAR(200) NOT NULL,
    colour           VARCHAR(7)   NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    created          TIMESTAMPTZ,
    created_by       VARCHAR(255),
    last_modified    TIMESTAMPTZ,
    last_modified_by VARCHAR(255)
);

-- Backs "titles are unique per owner", the check of it, and an owner's lists ordered by title.
CREATE UNIQUE INDEX ux_todo_lists_owner_title ON todo_lists (owner_id, title);

CREATE TABLE todo_items (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Deleting a list deletes its items, as the domain says.
    list_id          BIGINT        NOT NULL REFERENCES todo_lists (id) ON DELETE CASCADE,
    title            VARCHAR(200)  NOT NULL,
    note             VARCHAR(2000),
    priority         SMALLINT      NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
    done             BOOLEAN       NOT NULL DEFAULT FALSE,
    version          BIGINT        NOT NULL DEFAULT 0,
    created          TIMESTAMPTZ,
    created_by       VARCHAR(255),
    last_modified    TIMESTAMPTZ,
    last_modified_by VARCHAR(255)
);

-- Backs a list's items (in creation order, and by title for paging) and the foreign key.
CREATE INDEX ix_todo_items_list_title ON todo_items (list_id, title, id);
