package org.acme.cleanarchitecture.baseline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TodoListsResourceTest {

  private static final String OWNER = "6f1c0a52-6d55-4a4b-9d2e-3c1c7f0e9a10";
  private static final String ISSUER = "urn:acme:clean-architecture";
  private static final String AUDIENCE = "clean-architecture-api";

  @BeforeEach
  void insertLists() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              TodoItem.deleteAll();
              TodoList.deleteAll();
              list(1, OWNER, "Work", "#FFFFFF");
              list(2, OWNER, "Groceries", "#FFC300");
              list(3, "someone-else", "Another user's list", "#FF5733");
              item(11, 2, "Milk", (short) 0, false, null);
              item(12, 2, "Oats", (short) 3, true, "The large bag");
              item(13, 3, "Not the caller's", (short) 1, false, null);
            });
  }

  @Test
  void shouldAnswerTheCallersListsByTitleWithTheirItemsAsTheTemplateDoes() {
    given()
        .auth()
        .oauth2(token(ISSUER, AUDIENCE))
        .get("/api/todo-lists")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body(
            equalTo(
                """
                {"lists":[\
                {"id":2,"title":"Groceries","colour":"#FFC300","version":0,"items":[\
                {"id":11,"listId":2,"title":"Milk","done":false,"priority":0,"note":null,"version":0},\
                {"id":12,"listId":2,"title":"Oats","done":true,"priority":3,"note":"The large bag","version":0}]},\
                {"id":1,"title":"Work","colour":"#FFFFFF","version":0,"items":[]}],\
                "priorityLevels":[{"id":0,"title":"None"},{"id":1,"title":"Low"},\
                {"id":2,"title":"Medium"},{"id":3,"title":"High"}],\
                "colours":[{"code":"#FFFFFF","name":"White"},{"code":"#FF5733","name":"Red"},\
                {"code":"#FFC300","name":"Orange"},{"code":"#FFFF66","name":"Yellow"},\
                {"code":"#CCFF99","name":"Green"},{"code":"#6666FF","name":"Blue"},\
                {"code":"#9966CC","name":"Purple"},{"code":"#999999","name":"Grey"}]}"""));
  }

  @Test
  void shouldRefuseACallerWithoutAToken() {
    given().get("/api/todo-lists").then().statusCode(401);
  }

  @Test
  void shouldRefuseATokenOfAnotherIssuer() {
    given()
        .auth()
        .oauth2(token("https://issuer.example.org", AUDIENCE))
        .get("/api/todo-lists")
        .then()
        .statusCode(401);
  }

  @Test
  void shouldRefuseATokenForAnotherAudience() {
    given()
        .auth()
        .oauth2(token(ISSUER, "another-api"))
        .get("/api/todo-lists")
        .then()
        .statusCode(401);
  }

  /** A token shaped as the template's: the account id as subject, the email as upn. */
  private static String token(String issuer, String audience) {
    return Jwt.issuer(issuer)
        .audience(audience)
        .subject(OWNER)
        .upn("owner@example.org")
        .groups("User")
        .sign();
  }

  private static void list(long id, String ownerId, String title, String colour) {
    var list = new TodoList();
    list.id = id;
    list.ownerId = ownerId;
    list.title = title;
    list.colour = colour;
    list.persist();
  }

  private static void item(
      long id, long listId, String title, short priority, boolean done, String note) {
    var item = new TodoItem();
    item.id = id;
    item.listId = listId;
    item.title = title;
    item.priority = priority;
    item.done = done;
    item.note = note;
    item.persist();
  }
}
