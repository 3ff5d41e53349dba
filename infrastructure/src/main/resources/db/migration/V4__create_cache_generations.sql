-- The generation of each owner's cached query answers (docs/adr/0014-query-cache-generations-in-the-database.md).
-- Every command advances its caller's row in its own transaction, so the advance commits with the
-- change or not at all; a cached answer is keyed by the generations current when it was computed.
-- The row under the empty owner id, which no caller has, holds everyone's generation, which a
-- command that changes every owner's data advances. A query reads both rows by primary key.
--
-- A generation is a random UUID, so none is ever handed out twice: not after the rows are deleted,
-- nor in a database created afresh, while Redis keeps the answers cached under the old ones. A
-- counter would count again from 1 and find those answers.
CREATE TABLE cache_generations (
    owner_id   VARCHAR(255) PRIMARY KEY,
    generation UUID         NOT NULL
);
