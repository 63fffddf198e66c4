package dev.resurface.icons;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Writes an ICO file whose images are PNGs (allowed since Windows Vista and read by every current
 * browser): a 6-byte header, one 16-byte directory entry per image, then the PNGs as they are.
 */
public final class Ico {
    /** One image: its size in pixels (square, 1 to 256) and its PNG bytes. */
    public record Image(int size, byte[] png) {
        public Image {
            if (size < 1 || size > 256) throw new IllegalArgumentException("an ICO image is 1 to 256 pixels wide, not " + size);
        }
    }

    private Ico() {}

    public static byte[] write(List<Image> images) {
        if (images.isEmpty() || images.size() > 0xffff) throw new IllegalArgumentException("an ICO holds 1 to 65535 images");
        int offset = 6 + 16 * images.size();
        ByteBuffer dir = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        dir.putShort((short) 0).putShort((short) 1).putShort((short) images.size()); // reserved, type 1 = icon, count
        for (Image i : images) {
            dir.put((byte) (i.size() == 256 ? 0 : i.size())); // width; 0 means 256
            dir.put((byte) (i.size() == 256 ? 0 : i.size())); // height
            dir.put((byte) 0).put((byte) 0);                  // no palette, reserved
            dir.putShort((short) 1).putShort((short) 32);     // colour planes, bits per pixel
            dir.putInt(i.png().length).putInt(offset);
            offset += i.png().length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(offset);
        out.writeBytes(dir.array());
        for (Image i : images) out.writeBytes(i.png());
        return out.toByteArray();
    }
}
