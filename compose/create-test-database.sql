-- The tests use their own database, so resetting it between tests never touches development data.
CREATE DATABASE test;
