package org.acme.cleanarchitecture.infrastructure.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.Optional;

/**
 * The address an HTTP request came from, as the limits that count per client see it: the
 * connection's peer, or the address a trusted proxy forwarded when proxy address forwarding is on.
 */
public final class ClientAddress {

  private ClientAddress() {}

  /** None for a connection without a peer address, such as one over a Unix domain socket. */
  public static Optional<String> of(HttpServerRequest request) {
    return Optional.ofNullable(request.remoteAddress()).map(SocketAddress::hostAddress);
  }
}
