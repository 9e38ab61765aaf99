using MentorFlow.Domain.Messages;
using MentorFlow.Functions.Hosting;
using MentorFlow.Infrastructure.Outbox;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Extensions;

public static class MailExtensions
{
    /// <summary>
    /// The email transport, chosen here and only here: the local outbox at <c>{DataDirectory}/outbox</c>, each email an
    /// <c>.eml</c> file (the embedded default).
    /// </summary>
    public static IHostApplicationBuilder AddMail(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IEmailSender>(sp => new LocalOutbox(
            new LocalOutboxOptions { DataDirectory = sp.GetRequiredService<IOptions<MentorFlowOptions>>().Value.DataDirectoryFullPath },
            sp.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
