using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Hosting;
using MentorFlow.Infrastructure.Sqlite;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Extensions;

public static class MentoringStoreExtensions
{
    /// <summary>
    /// The programme, participant and capacity stores over the embedded SQLite file
    /// (<c>{DataDirectory}/mentorflow.db</c>, the durable store's file), sharing one database object.
    /// </summary>
    public static IHostApplicationBuilder AddMentoringStores(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Resolved from the validated options when first needed, so the data directory can come from any source.
        builder.Services.AddSingleton(sp => new SqliteMentoringDatabase(Path.Combine(
            sp.GetRequiredService<IOptions<MentorFlowOptions>>().Value.DataDirectoryFullPath, DurableRuntimeExtensions.DatabaseFileName)));
        builder.Services.AddSingleton<IProgrammeStore, SqliteProgrammeStore>();
        builder.Services.AddSingleton<IParticipantStore, SqliteParticipantStore>();
        builder.Services.AddSingleton<ICapacityStore, SqliteCapacityStore>();
        return builder;
    }
}
