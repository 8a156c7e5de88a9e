package org.mla.para.service;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most so many open connections from one client address: a connection beyond the limit is
 * closed as soon as it opens, before it can hold a thread. Added to the server as a bean; it
 * registers with every connector when the server starts.
 */
final class ConnectionsPerAddress extends AbstractLifeCycle implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionsPerAddress.class);

    private final int limit;
    private final Server server;
    /** The open connections of each address; closed ones are pruned on every count, so a missed close never locks an address out. */
    private final ConcurrentHashMap<InetAddress, java.util.Set<Connection>> open = new ConcurrentHashMap<>();

    ConnectionsPerAddress(int limit, Server server) {
        this.limit = limit;
        this.server = server;
    }

    @Override
    protected void doStart() {
        for (Connector connector : server.getConnectors()) {
            connector.addBean(this);
        }
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (address == null) {
            return;
        }
        java.util.Set<Connection> connections = open.computeIfAbsent(address, a -> ConcurrentHashMap.newKeySet());
        connections.removeIf(c -> !c.getEndPoint().isOpen());
        connections.add(connection);
        if (connections.size() > limit) {
            connections.remove(connection);
            LOG.info("closed a connection from {}: it already has {} open, the most one address may have", address.getHostAddress(),
                    limit);
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = address(connection);
        if (address != null) {
            open.computeIfPresent(address, (a, connections) -> {
                connections.remove(connection);
                connections.removeIf(c -> !c.getEndPoint().isOpen());
                return connections.isEmpty() ? null : connections;
            });
        }
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
