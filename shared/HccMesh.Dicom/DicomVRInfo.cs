namespace HccMesh.Dicom;

/// <summary>Encoding facts about each <see cref="DicomVR"/> (PS3.5 tables 6.2-1 and 7.1-1).</summary>
public static class DicomVRInfo
{
    private static readonly DicomVR?[] ByLetters = BuildLetterTable();

    /// <summary>Explicit-VR header uses 2 reserved bytes and a 32-bit length for these VRs.</summary>
    public static bool HasLongLength(DicomVR vr) => vr is DicomVR.OB or DicomVR.OD or DicomVR.OF or DicomVR.OL
        or DicomVR.OV or DicomVR.OW or DicomVR.SQ or DicomVR.SV or DicomVR.UC or DicomVR.UN or DicomVR.UR
        or DicomVR.UT or DicomVR.UV;

    public static bool IsString(DicomVR vr) => vr is DicomVR.AE or DicomVR.AS or DicomVR.CS or DicomVR.DA
        or DicomVR.DS or DicomVR.DT or DicomVR.IS or DicomVR.LO or DicomVR.LT or DicomVR.PN or DicomVR.SH
        or DicomVR.ST or DicomVR.TM or DicomVR.UC or DicomVR.UI or DicomVR.UR or DicomVR.UT;

    /// <summary>Free text VRs whose leading spaces are significant.</summary>
    public static bool IsText(DicomVR vr) => vr is DicomVR.LT or DicomVR.ST or DicomVR.UT;

    /// <summary>Byte count of one binary number for byte swapping (0 for strings and bytes).</summary>
    public static int ByteSwapUnit(DicomVR vr) => vr switch
    {
        DicomVR.AT or DicomVR.OW or DicomVR.SS or DicomVR.US => 2,
        DicomVR.OF or DicomVR.FL or DicomVR.SL or DicomVR.UL or DicomVR.OL => 4,
        DicomVR.OD or DicomVR.FD or DicomVR.SV or DicomVR.UV or DicomVR.OV => 8,
        _ => 0,
    };

    /// <summary>Padding byte that makes a value even length: NUL for UI and binary, space for text.</summary>
    public static byte PaddingByte(DicomVR vr) => IsString(vr) && vr != DicomVR.UI ? (byte)' ' : (byte)0;

    /// <summary>The VR whose two upper-case letters are <paramref name="first"/><paramref name="second"/>.</summary>
    public static bool TryParse(byte first, byte second, out DicomVR vr)
    {
        if (first is >= (byte)'A' and <= (byte)'Z' && second is >= (byte)'A' and <= (byte)'Z')
        {
            var found = ByLetters[((first - 'A') * 26) + (second - 'A')];
            if (found is not null)
            {
                vr = found.Value;
                return true;
            }
        }

        vr = DicomVR.UN;
        return false;
    }

    private static DicomVR?[] BuildLetterTable()
    {
        var table = new DicomVR?[26 * 26];
        foreach (var vr in Enum.GetValues<DicomVR>())
        {
            var name = vr.ToString();
            table[((name[0] - 'A') * 26) + (name[1] - 'A')] = vr;
        }

        return table;
    }
}
