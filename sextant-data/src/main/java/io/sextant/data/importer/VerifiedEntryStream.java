package io.sextant.data.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipException;

/**
 * A zip entry's bytes, checked against the CRC-32 and size the archive records for it when the
 * end is reached. {@link java.util.zip.ZipFile} does not check them, and a damaged archive can
 * inflate into plausible-looking garbage; this makes it fail instead.
 */
final class VerifiedEntryStream extends FilterInputStream {
    private final String name;
    private final long expectedCrc;
    private final long expectedSize;
    private final CRC32 crc = new CRC32();
    private long count;
    private boolean checked;

    VerifiedEntryStream(InputStream in, String name, long expectedCrc, long expectedSize) {
        super(in);
        this.name = name;
        this.expectedCrc = expectedCrc;
        this.expectedSize = expectedSize;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            verify();
        } else {
            crc.update(b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            verify();
        } else {
            crc.update(b, off, n);
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes must still be checked.
        byte[] buf = new byte[8192];
        long done = 0;
        while (done < n) {
            int r = read(buf, 0, (int) Math.min(buf.length, n - done));
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    private void verify() throws ZipException {
        if (checked) {
            return;
        }
        checked = true;
        if (expectedSize >= 0 && count != expectedSize) {
            throw new ZipException(name + " holds " + count + " bytes, the archive says " + expectedSize);
        }
        if (expectedCrc >= 0 && crc.getValue() != expectedCrc) {
            throw new ZipException(name + " fails its CRC-32 check");
        }
    }
}
