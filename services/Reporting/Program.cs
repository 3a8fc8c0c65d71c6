using HccMesh.Reporting.Service.Extensions;
using HccMesh.ServiceDefaults;
using Microsoft.Extensions.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddHccMeshDefaults("hccmesh-reporting", bus => bus.AddReportingConsumers());
builder.Build().Run();
