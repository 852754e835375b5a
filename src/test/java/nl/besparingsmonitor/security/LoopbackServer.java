package nl.besparingsmonitor.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listening socket on 127.0.0.1 only, counting every connection made to it. Tests point entities,
 * external links and remote images at it and assert that nothing ever connects.
 */
final class LoopbackServer implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    LoopbackServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(100);
        acceptor = new Thread(this::accept, "loopback-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket ignored = socket.accept()) {
                connections.incrementAndGet();
            } catch (SocketTimeoutException e) {
                // poll again until closed
            } catch (IOException e) {
                return;
            }
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/" + path;
    }

    /** Connections so far, after a short grace period for one still on its way. */
    int connectionsAfter(long graceMillis) throws InterruptedException {
        Thread.sleep(graceMillis);
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
