package org.radwb.dicom;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import java.util.UUID;

/** UID creation under the UUID-derived root 2.25 (PS3.5 B.2), which needs no registered organisation root. */
public final class Uids {
    private Uids() {
    }

    /** A new random UID. */
    public static String random() {
        return fromUuid(UUID.randomUUID());
    }

    /** A reproducible UID from a seeded random source (tests and synthetic data). */
    public static String random(Random rnd) {
        return fromUuid(new UUID(rnd.nextLong(), rnd.nextLong()));
    }

    /** A UID derived from a key and a name by SHA-256 (used to remap UIDs consistently when de-identifying). */
    public static String derived(byte[] key, String name) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(key);
            md.update(name.getBytes(StandardCharsets.UTF_8));
            byte[] h = md.digest();
            long hi = 0;
            long lo = 0;
            for (int i = 0; i < 8; i++) {
                hi = (hi << 8) | (h[i] & 0xFF);
                lo = (lo << 8) | (h[8 + i] & 0xFF);
            }
            // make it a version-4-style UUID so it is well formed
            hi = (hi & ~0xF000L) | 0x4000L;
            lo = (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return fromUuid(new UUID(hi, lo));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JRE", e);
        }
    }

    private static String fromUuid(UUID u) {
        BigInteger b = new BigInteger(1, toBytes(u));
        return "2.25." + b.toString();
    }

    private static byte[] toBytes(UUID u) {
        byte[] b = new byte[16];
        long hi = u.getMostSignificantBits();
        long lo = u.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (hi >>> (56 - 8 * i));
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return b;
    }
}
