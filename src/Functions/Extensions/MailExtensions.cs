using MentorFlow.Domain.Messages;
using MentorFlow.Functions.Hosting;
using MentorFlow.Infrastructure.Outbox;
using MentorFlow.Infrastructure.SendGrid;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Extensions;

public static class MailExtensions
{
    /// <summary>
    /// The email transport behind <see cref="IEmailSender"/>: SendGrid when any of <c>SendGrid__ApiKey</c> or
    /// <c>SendGrid__From</c> is set (then both are required and every SendGrid setting is validated at start-up),
    /// otherwise the local outbox in <c>{DataDirectory}/outbox</c>.
    /// </summary>
    public static IHostApplicationBuilder AddMail(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (IsSendGridConfigured(builder.Configuration))
        {
            builder.Services.AddSendGridMail(builder.Configuration);
            builder.Services.AddSingleton<IEmailSender, SendGridEmailSender>();
        }
        else
        {
            builder.Services.AddSingleton<IEmailSender>(sp => new LocalOutbox(
                new LocalOutboxOptions { DataDirectory = sp.GetRequiredService<IOptions<MentorFlowOptions>>().Value.DataDirectoryFullPath },
                sp.GetRequiredService<TimeProvider>()));
        }

        return builder;
    }

    internal static bool IsSendGridConfigured(IConfiguration configuration)
        => OptionalSection.IsInUse(configuration, SendGridOptions.SectionName, nameof(SendGridOptions.ApiKey), nameof(SendGridOptions.From));
}
