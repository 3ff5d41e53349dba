package org.acme.cleanarchitecture.api.testsupport;

/** Creates lists and items through the API, returning their ids, for tests that need some. */
public final class TodoApi {

  private TodoApi() {}

  public static long createList(TestUsers user, String title) {
    var location =
        user.request()
            .body("{\"title\": \"" + title + "\"}")
            .post("/api/todo-lists")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    return idFrom(location);
  }

  public static long createItem(TestUsers user, long listId, String title) {
    var location =
        user.request()
            .body("{\"listId\": " + listId + ", \"title\": \"" + title + "\"}")
            .post("/api/todo-items")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    return idFrom(location);
  }

  private static long idFrom(String location) {
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }
}
