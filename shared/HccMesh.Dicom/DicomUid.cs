using System.Numerics;

namespace HccMesh.Dicom;

/// <summary>UID generation under the 2.25 root: "2.25." + a random UUID as a decimal integer (PS3.5 B.2).</summary>
public static class DicomUid
{
    /// <summary>HccMesh's implementation class UID (a fixed UUID-derived 2.25 UID).</summary>
    public const string ImplementationClassUid = "2.25.25711057100151604206222346239456011311";

    public const string ImplementationVersionName = "HCCMESH_010";

    public const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    public static string Generate() =>
        "2.25." + new BigInteger(Guid.NewGuid().ToByteArray(bigEndian: true), isUnsigned: true, isBigEndian: true).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True for a syntactically valid UID: digits and dots, no empty or leading-zero components, at most 64 characters.</summary>
    public static bool IsValid(string uid)
    {
        if (uid.Length is 0 or > 64)
        {
            return false;
        }

        foreach (var part in uid.Split('.'))
        {
            if (part.Length == 0 || (part.Length > 1 && part[0] == '0') || !part.All(char.IsAsciiDigit))
            {
                return false;
            }
        }

        return true;
    }
}
