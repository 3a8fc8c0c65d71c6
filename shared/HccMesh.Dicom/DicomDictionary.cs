namespace HccMesh.Dicom;

/// <summary>
/// Compact data dictionary: the VR of every tag in <see cref="DicomTags"/>, needed to read
/// implicit-VR data sets. Unknown tags read as UN, except group lengths (UL) and private
/// creators (LO), as DCMTK does.
/// </summary>
public static class DicomDictionary
{
    private static readonly Dictionary<DicomTag, (DicomVR VR, string Keyword)> Entries = new()
    {
        [DicomTags.CommandGroupLength] = (DicomVR.UL, "CommandGroupLength"),
        [DicomTags.AffectedSopClassUid] = (DicomVR.UI, "AffectedSopClassUid"),
        [DicomTags.RequestedSopClassUid] = (DicomVR.UI, "RequestedSopClassUid"),
        [DicomTags.CommandField] = (DicomVR.US, "CommandField"),
        [DicomTags.MessageId] = (DicomVR.US, "MessageId"),
        [DicomTags.MessageIdBeingRespondedTo] = (DicomVR.US, "MessageIdBeingRespondedTo"),
        [DicomTags.MoveDestination] = (DicomVR.AE, "MoveDestination"),
        [DicomTags.Priority] = (DicomVR.US, "Priority"),
        [DicomTags.CommandDataSetType] = (DicomVR.US, "CommandDataSetType"),
        [DicomTags.Status] = (DicomVR.US, "Status"),
        [DicomTags.OffendingElement] = (DicomVR.AT, "OffendingElement"),
        [DicomTags.ErrorComment] = (DicomVR.LO, "ErrorComment"),
        [DicomTags.AffectedSopInstanceUid] = (DicomVR.UI, "AffectedSopInstanceUid"),
        [DicomTags.RequestedSopInstanceUid] = (DicomVR.UI, "RequestedSopInstanceUid"),
        [DicomTags.MoveOriginatorApplicationEntityTitle] = (DicomVR.AE, "MoveOriginatorApplicationEntityTitle"),
        [DicomTags.MoveOriginatorMessageId] = (DicomVR.US, "MoveOriginatorMessageId"),
        [DicomTags.FileMetaInformationGroupLength] = (DicomVR.UL, "FileMetaInformationGroupLength"),
        [DicomTags.FileMetaInformationVersion] = (DicomVR.OB, "FileMetaInformationVersion"),
        [DicomTags.MediaStorageSopClassUid] = (DicomVR.UI, "MediaStorageSopClassUid"),
        [DicomTags.MediaStorageSopInstanceUid] = (DicomVR.UI, "MediaStorageSopInstanceUid"),
        [DicomTags.TransferSyntaxUid] = (DicomVR.UI, "TransferSyntaxUid"),
        [DicomTags.ImplementationClassUid] = (DicomVR.UI, "ImplementationClassUid"),
        [DicomTags.ImplementationVersionName] = (DicomVR.SH, "ImplementationVersionName"),
        [DicomTags.SourceApplicationEntityTitle] = (DicomVR.AE, "SourceApplicationEntityTitle"),
        [DicomTags.SpecificCharacterSet] = (DicomVR.CS, "SpecificCharacterSet"),
        [DicomTags.ImageType] = (DicomVR.CS, "ImageType"),
        [DicomTags.InstanceCreationDate] = (DicomVR.DA, "InstanceCreationDate"),
        [DicomTags.InstanceCreationTime] = (DicomVR.TM, "InstanceCreationTime"),
        [DicomTags.SopClassUid] = (DicomVR.UI, "SopClassUid"),
        [DicomTags.SopInstanceUid] = (DicomVR.UI, "SopInstanceUid"),
        [DicomTags.StudyDate] = (DicomVR.DA, "StudyDate"),
        [DicomTags.SeriesDate] = (DicomVR.DA, "SeriesDate"),
        [DicomTags.AcquisitionDate] = (DicomVR.DA, "AcquisitionDate"),
        [DicomTags.ContentDate] = (DicomVR.DA, "ContentDate"),
        [DicomTags.StudyTime] = (DicomVR.TM, "StudyTime"),
        [DicomTags.SeriesTime] = (DicomVR.TM, "SeriesTime"),
        [DicomTags.AcquisitionTime] = (DicomVR.TM, "AcquisitionTime"),
        [DicomTags.ContentTime] = (DicomVR.TM, "ContentTime"),
        [DicomTags.AccessionNumber] = (DicomVR.SH, "AccessionNumber"),
        [DicomTags.Modality] = (DicomVR.CS, "Modality"),
        [DicomTags.ConversionType] = (DicomVR.CS, "ConversionType"),
        [DicomTags.Manufacturer] = (DicomVR.LO, "Manufacturer"),
        [DicomTags.InstitutionName] = (DicomVR.LO, "InstitutionName"),
        [DicomTags.ReferringPhysicianName] = (DicomVR.PN, "ReferringPhysicianName"),
        [DicomTags.StudyDescription] = (DicomVR.LO, "StudyDescription"),
        [DicomTags.SeriesDescription] = (DicomVR.LO, "SeriesDescription"),
        [DicomTags.ManufacturerModelName] = (DicomVR.LO, "ManufacturerModelName"),
        [DicomTags.ReferencedSeriesSequence] = (DicomVR.SQ, "ReferencedSeriesSequence"),
        [DicomTags.ReferencedImageSequence] = (DicomVR.SQ, "ReferencedImageSequence"),
        [DicomTags.ReferencedSopClassUid] = (DicomVR.UI, "ReferencedSopClassUid"),
        [DicomTags.ReferencedSopInstanceUid] = (DicomVR.UI, "ReferencedSopInstanceUid"),
        [DicomTags.SourceImageSequence] = (DicomVR.SQ, "SourceImageSequence"),
        [DicomTags.DerivationImageSequence] = (DicomVR.SQ, "DerivationImageSequence"),
        [DicomTags.PatientName] = (DicomVR.PN, "PatientName"),
        [DicomTags.PatientId] = (DicomVR.LO, "PatientId"),
        [DicomTags.PatientBirthDate] = (DicomVR.DA, "PatientBirthDate"),
        [DicomTags.PatientSex] = (DicomVR.CS, "PatientSex"),
        [DicomTags.PatientAge] = (DicomVR.AS, "PatientAge"),
        [DicomTags.PatientIdentityRemoved] = (DicomVR.CS, "PatientIdentityRemoved"),
        [DicomTags.BodyPartExamined] = (DicomVR.CS, "BodyPartExamined"),
        [DicomTags.SliceThickness] = (DicomVR.DS, "SliceThickness"),
        [DicomTags.Kvp] = (DicomVR.DS, "Kvp"),
        [DicomTags.SpacingBetweenSlices] = (DicomVR.DS, "SpacingBetweenSlices"),
        [DicomTags.SoftwareVersions] = (DicomVR.LO, "SoftwareVersions"),
        [DicomTags.GantryDetectorTilt] = (DicomVR.DS, "GantryDetectorTilt"),
        [DicomTags.ExposureTime] = (DicomVR.IS, "ExposureTime"),
        [DicomTags.XRayTubeCurrent] = (DicomVR.IS, "XRayTubeCurrent"),
        [DicomTags.ConvolutionKernel] = (DicomVR.SH, "ConvolutionKernel"),
        [DicomTags.PatientPosition] = (DicomVR.CS, "PatientPosition"),
        [DicomTags.StudyInstanceUid] = (DicomVR.UI, "StudyInstanceUid"),
        [DicomTags.SeriesInstanceUid] = (DicomVR.UI, "SeriesInstanceUid"),
        [DicomTags.StudyId] = (DicomVR.SH, "StudyId"),
        [DicomTags.SeriesNumber] = (DicomVR.IS, "SeriesNumber"),
        [DicomTags.AcquisitionNumber] = (DicomVR.IS, "AcquisitionNumber"),
        [DicomTags.InstanceNumber] = (DicomVR.IS, "InstanceNumber"),
        [DicomTags.ImagePositionPatient] = (DicomVR.DS, "ImagePositionPatient"),
        [DicomTags.ImageOrientationPatient] = (DicomVR.DS, "ImageOrientationPatient"),
        [DicomTags.FrameOfReferenceUid] = (DicomVR.UI, "FrameOfReferenceUid"),
        [DicomTags.PositionReferenceIndicator] = (DicomVR.LO, "PositionReferenceIndicator"),
        [DicomTags.SliceLocation] = (DicomVR.DS, "SliceLocation"),
        [DicomTags.FrameContentSequence] = (DicomVR.SQ, "FrameContentSequence"),
        [DicomTags.PlanePositionSequence] = (DicomVR.SQ, "PlanePositionSequence"),
        [DicomTags.PlaneOrientationSequence] = (DicomVR.SQ, "PlaneOrientationSequence"),
        [DicomTags.DimensionIndexValues] = (DicomVR.UL, "DimensionIndexValues"),
        [DicomTags.SamplesPerPixel] = (DicomVR.US, "SamplesPerPixel"),
        [DicomTags.PhotometricInterpretation] = (DicomVR.CS, "PhotometricInterpretation"),
        [DicomTags.PlanarConfiguration] = (DicomVR.US, "PlanarConfiguration"),
        [DicomTags.NumberOfFrames] = (DicomVR.IS, "NumberOfFrames"),
        [DicomTags.Rows] = (DicomVR.US, "Rows"),
        [DicomTags.Columns] = (DicomVR.US, "Columns"),
        [DicomTags.PixelSpacing] = (DicomVR.DS, "PixelSpacing"),
        [DicomTags.BitsAllocated] = (DicomVR.US, "BitsAllocated"),
        [DicomTags.BitsStored] = (DicomVR.US, "BitsStored"),
        [DicomTags.HighBit] = (DicomVR.US, "HighBit"),
        [DicomTags.PixelRepresentation] = (DicomVR.US, "PixelRepresentation"),
        [DicomTags.PixelPaddingValue] = (DicomVR.US, "PixelPaddingValue"),
        [DicomTags.WindowCenter] = (DicomVR.DS, "WindowCenter"),
        [DicomTags.WindowWidth] = (DicomVR.DS, "WindowWidth"),
        [DicomTags.RescaleIntercept] = (DicomVR.DS, "RescaleIntercept"),
        [DicomTags.RescaleSlope] = (DicomVR.DS, "RescaleSlope"),
        [DicomTags.RescaleType] = (DicomVR.LO, "RescaleType"),
        [DicomTags.PixelMeasuresSequence] = (DicomVR.SQ, "PixelMeasuresSequence"),
        [DicomTags.SegmentationType] = (DicomVR.CS, "SegmentationType"),
        [DicomTags.SegmentSequence] = (DicomVR.SQ, "SegmentSequence"),
        [DicomTags.SegmentNumber] = (DicomVR.US, "SegmentNumber"),
        [DicomTags.SegmentLabel] = (DicomVR.LO, "SegmentLabel"),
        [DicomTags.SegmentIdentificationSequence] = (DicomVR.SQ, "SegmentIdentificationSequence"),
        [DicomTags.ReferencedSegmentNumber] = (DicomVR.US, "ReferencedSegmentNumber"),
        [DicomTags.StructureSetLabel] = (DicomVR.SH, "StructureSetLabel"),
        [DicomTags.ReferencedFrameOfReferenceSequence] = (DicomVR.SQ, "ReferencedFrameOfReferenceSequence"),
        [DicomTags.RtReferencedStudySequence] = (DicomVR.SQ, "RtReferencedStudySequence"),
        [DicomTags.RtReferencedSeriesSequence] = (DicomVR.SQ, "RtReferencedSeriesSequence"),
        [DicomTags.ContourImageSequence] = (DicomVR.SQ, "ContourImageSequence"),
        [DicomTags.StructureSetRoiSequence] = (DicomVR.SQ, "StructureSetRoiSequence"),
        [DicomTags.RoiNumber] = (DicomVR.IS, "RoiNumber"),
        [DicomTags.ReferencedFrameOfReferenceUid] = (DicomVR.UI, "ReferencedFrameOfReferenceUid"),
        [DicomTags.RoiName] = (DicomVR.LO, "RoiName"),
        [DicomTags.RoiContourSequence] = (DicomVR.SQ, "RoiContourSequence"),
        [DicomTags.ContourSequence] = (DicomVR.SQ, "ContourSequence"),
        [DicomTags.ContourGeometricType] = (DicomVR.CS, "ContourGeometricType"),
        [DicomTags.NumberOfContourPoints] = (DicomVR.IS, "NumberOfContourPoints"),
        [DicomTags.ContourData] = (DicomVR.DS, "ContourData"),
        [DicomTags.ReferencedRoiNumber] = (DicomVR.IS, "ReferencedRoiNumber"),
        [DicomTags.SharedFunctionalGroupsSequence] = (DicomVR.SQ, "SharedFunctionalGroupsSequence"),
        [DicomTags.PerFrameFunctionalGroupsSequence] = (DicomVR.SQ, "PerFrameFunctionalGroupsSequence"),
        [DicomTags.PixelData] = (DicomVR.OW, "PixelData"),
    };

    /// <summary>The VR an implicit-VR element with this tag has.</summary>
    public static DicomVR VROf(DicomTag tag)
    {
        if (Entries.TryGetValue(tag, out var entry))
        {
            return entry.VR;
        }

        if (tag.Element == 0x0000)
        {
            return DicomVR.UL;
        }

        if (tag.IsPrivate && tag.Element is >= 0x0010 and <= 0x00FF)
        {
            return DicomVR.LO;
        }

        return DicomVR.UN;
    }

    /// <summary>Keyword for messages, e.g. "PixelData (7FE0,0010)"; the bare tag when unknown.</summary>
    public static string Describe(DicomTag tag) =>
        Entries.TryGetValue(tag, out var entry) ? $"{entry.Keyword} {tag}" : tag.ToString();
}
