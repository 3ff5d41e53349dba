package org.acme.cleanarchitecture.api.testsupport;

import java.util.Map;

/** Creates lists and items through the API, returning their ids, for tests that need some. */
public final class TodoApi {

  private TodoApi() {}

  public static long createList(TestUsers user, String title) {
    return idAt(user, "/api/todo-lists", Map.of("title", title));
  }

  public static long createItem(TestUsers user, long listId, String title) {
    return idAt(user, "/api/todo-items", Map.of("listId", listId, "title", title));
  }

  private static long idAt(TestUsers user, String path, Map<String, Object> body) {
    var location =
        user.request().body(body).post(path).then().statusCode(201).extract().header("Location");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }
}
