using Microsoft.EntityFrameworkCore;

namespace HccMesh.Scoring.State;

public sealed class ScoringDbContext(DbContextOptions<ScoringDbContext> options) : DbContext(options)
{
    public DbSet<StudyRecord> Studies => Set<StudyRecord>();

    public DbSet<PhaseRecord> Phases => Set<PhaseRecord>();

    public DbSet<FeatureSetRecord> FeatureSets => Set<FeatureSetRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StudyRecord>().HasKey(s => s.StudyId);
        modelBuilder.Entity<PhaseRecord>().HasKey(p => new { p.StudyId, p.Phase });
        modelBuilder.Entity<FeatureSetRecord>().HasKey(f => new { f.StudyId, f.Phase, f.ImageType });
    }
}
