package com.example.shop.infrastructure;

import java.util.ArrayList;
import java.util.List;

/** Sends mail; this sample keeps what it would hand to the SMTP server in an outbox. */
public class SmtpMailer {

  private final List<String> outbox = new ArrayList<>();

  public void send(String to, String subject, String text) {
    outbox.add("To: " + to + "\nSubject: " + subject + "\n\n" + text);
  }

  public List<String> outbox() {
    return List.copyOf(outbox);
  }
}
