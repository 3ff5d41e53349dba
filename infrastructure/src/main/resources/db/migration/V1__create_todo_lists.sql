CREATE TABLE todo_lists (
    id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title  VARCHAR(200) NOT NULL,
    colour VARCHAR(7)   NOT NULL
);

-- Backs the rule that titles are unique, and the look-up that checks it.
CREATE UNIQUE INDEX ux_todo_lists_title ON todo_lists (title);
