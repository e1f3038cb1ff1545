import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every core busy for a while, so a build run next to it sees the machine a shared CI runner is: {@code java
 * bench/BusyCores.java [seconds] [threads]}. It stops by itself after the given time (default 3600 s), so a lost
 * process cannot load the machine for good; .ci/run kills it as soon as its stage ends.
 */
public class BusyCores {

    public static void main(String[] args) throws Exception {
        Duration lasting = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 3600);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Instant until = Instant.now().plus(lasting);
        System.out.printf("BusyCores: %d threads hashing until %s%n", threads, until);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> hashUntil(until), "busy-" + i);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private static void hashUntil(Instant until) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[64 * 1024];
            long rounds = 0;
            while (Instant.now().isBefore(until)) {
                for (int i = 0; i < 64; i++) {
                    block = feedBack(sha.digest(block), block);
                }
                rounds++;
            }
            System.out.printf("%s: %d rounds%n", Thread.currentThread().getName(), rounds);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feeds the digest back into the block, so no round can be skipped as dead code. */
    private static byte[] feedBack(byte[] digest, byte[] block) {
        System.arraycopy(digest, 0, block, 0, digest.length);
        return block;
    }
}
