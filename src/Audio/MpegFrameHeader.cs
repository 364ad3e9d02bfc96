namespace Sitecast.Audio;

/// <summary>One decoded 4-byte MPEG audio frame header (MPEG-1, -2, -2.5; layers I, II, III).</summary>
internal readonly record struct MpegFrameHeader(int Version, int Layer, int BitrateKbps, int SampleRate, bool Padding, bool Mono)
{
    /// <summary>MPEG version as written in the header bits: 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5.</summary>
    public const int Mpeg1 = 3;

    private static readonly int[][] BitratesKbps =
    [
        [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448], // MPEG-1 layer I
        [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384], // MPEG-1 layer II
        [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320], // MPEG-1 layer III
        [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256], // MPEG-2/2.5 layer I
        [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160], // MPEG-2/2.5 layers II and III
    ];

    private static readonly int[] Mpeg1Rates = [44100, 48000, 32000];

    public int SamplesPerFrame => Layer switch
    {
        1 => 384,
        2 => 1152,
        _ => Version == Mpeg1 ? 1152 : 576,
    };

    public int FrameLength
    {
        get
        {
            int pad = Padding ? 1 : 0;
            if (Layer == 1) return ((12 * BitrateKbps * 1000 / SampleRate) + pad) * 4;
            int factor = Layer == 3 && Version != Mpeg1 ? 72 : 144;
            return (factor * BitrateKbps * 1000 / SampleRate) + pad;
        }
    }

    /// <summary>Bytes of layer III side information after the header: where a Xing/Info header starts.</summary>
    public int SideInfoLength => Version == Mpeg1 ? (Mono ? 17 : 32) : (Mono ? 9 : 17);

    /// <summary>Whether another frame can follow this one in the same stream (same version, layer and rate).</summary>
    public bool SameStreamAs(MpegFrameHeader other) =>
        Version == other.Version && Layer == other.Layer && SampleRate == other.SampleRate;

    /// <summary>Decodes big-endian header bytes; false for anything that is not a valid, fixed-bitrate header.</summary>
    public static bool TryParse(ReadOnlySpan<byte> bytes, out MpegFrameHeader header)
    {
        header = default;
        if (bytes.Length < 4 || bytes[0] != 0xFF || (bytes[1] & 0xE0) != 0xE0) return false;
        int version = (bytes[1] >> 3) & 0x03;
        int layerBits = (bytes[1] >> 1) & 0x03;
        int bitrateIndex = bytes[2] >> 4;
        int rateIndex = (bytes[2] >> 2) & 0x03;
        // Reserved values, and free-format bitrate (index 0), whose frame length cannot be computed.
        if (version == 1 || layerBits == 0 || bitrateIndex is 0 or 15 || rateIndex == 3 || (bytes[3] & 0x03) == 2) return false;

        int layer = 4 - layerBits;
        int table = version == Mpeg1 ? layer - 1 : (layer == 1 ? 3 : 4);
        int rate = version switch
        {
            Mpeg1 => Mpeg1Rates[rateIndex],
            2 => Mpeg1Rates[rateIndex] / 2,
            _ => Mpeg1Rates[rateIndex] / 4,
        };
        header = new MpegFrameHeader(version, layer, BitratesKbps[table][bitrateIndex], rate, (bytes[2] & 0x02) != 0, (bytes[3] >> 6) == 3);
        return true;
    }
}
