using HccMesh.Scoring.Extensions;
using HccMesh.ServiceDefaults;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddScoring();
builder.AddHccMeshDefaults("hccmesh-scoring", bus => bus.AddScoringConsumers());
builder.Build().Run();
