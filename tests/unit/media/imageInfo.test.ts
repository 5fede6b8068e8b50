import { describe, expect, it } from 'vitest';
import { readImageInfo } from '../../../core/media/imageInfo';
import { gif, jpeg, png, webp } from '../../helpers/images';

describe('reading a picture’s type and size from its bytes', () => {
  it('reads PNG, JPEG and GIF headers', () => {
    expect(readImageInfo(png(640, 427))).toEqual({ mime: 'image/png', width: 640, height: 427 });
    expect(readImageInfo(jpeg(4000, 3000))).toEqual({ mime: 'image/jpeg', width: 4000, height: 3000 });
    expect(readImageInfo(gif(300, 2))).toEqual({ mime: 'image/gif', width: 300, height: 2 });
  });

  it('reads all three WebP encodings', () => {
    expect(readImageInfo(webp(1200, 800, 'VP8 '))).toEqual({ mime: 'image/webp', width: 1200, height: 800 });
    expect(readImageInfo(webp(16383, 1, 'VP8L'))).toEqual({ mime: 'image/webp', width: 16383, height: 1 });
    expect(readImageInfo(webp(20000, 9000, 'VP8X'))).toEqual({ mime: 'image/webp', width: 20000, height: 9000 });
  });

  it('skips JPEG fill bytes and segments before the frame header', () => {
    const bytes = jpeg(10, 20);
    const withFill = Buffer.concat([bytes.subarray(0, 2), Buffer.from([0xff, 0xff]), bytes.subarray(2)]);
    expect(readImageInfo(withFill)).toEqual({ mime: 'image/jpeg', width: 10, height: 20 });
  });

  it('refuses what is not a picture, whatever it is named', () => {
    expect(readImageInfo(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(readImageInfo(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(readImageInfo(new Uint8Array())).toBeNull();
  });

  it('refuses a truncated header and a zero size', () => {
    expect(readImageInfo(png(5, 5).subarray(0, 20))).toBeNull();
    expect(readImageInfo(jpeg(5, 5).subarray(0, 30))).toBeNull();
    expect(readImageInfo(gif(0, 5))).toBeNull();
    const noFrame = Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9]);
    expect(readImageInfo(noFrame)).toBeNull();
  });
});
