-- The application now draws an entity's id before it creates the entity, so the entity and its
-- domain events have it from the start (docs/adr/0008-ids-drawn-before-creation.md). Each table
-- gets a sequence of its own for that, in place of its identity column. OWNED BY drops a sequence
-- with its table, and lets TRUNCATE ... RESTART IDENTITY restart it.
CREATE SEQUENCE todo_list_ids AS BIGINT OWNED BY todo_lists.id;
CREATE SEQUENCE todo_item_ids AS BIGINT OWNED BY todo_items.id;

-- Stored rows keep their ids. Each sequence continues after the highest id handed out so far:
-- by the identity column (none if it was never used), or stored, whichever is higher. An id of a
-- row deleted since is never handed out again, since a client may still hold a link to it.
SELECT setval('todo_list_ids',
              GREATEST(CASE WHEN identity.is_called THEN identity.last_value ELSE 0 END,
                       (SELECT COALESCE(MAX(id), 0) FROM todo_lists)) + 1,
              false)
FROM todo_lists_id_seq AS identity;
SELECT setval('todo_item_ids',
              GREATEST(CASE WHEN identity.is_called THEN identity.last_value ELSE 0 END,
                       (SELECT COALESCE(MAX(id), 0) FROM todo_items)) + 1,
              false)
FROM todo_items_id_seq AS identity;

-- Drops the identity columns' own sequences too, now that nothing draws from them.
ALTER TABLE todo_lists ALTER COLUMN id DROP IDENTITY;
ALTER TABLE todo_items ALTER COLUMN id DROP IDENTITY;
