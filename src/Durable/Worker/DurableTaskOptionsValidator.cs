using Microsoft.Extensions.Options;

namespace MentorFlow.Durable.Worker;

/// <summary>Checks <see cref="DurableTaskOptions"/> at start-up, naming each setting that is wrong.</summary>
internal sealed class DurableTaskOptionsValidator : IValidateOptions<DurableTaskOptions>
{
    public ValidateOptionsResult Validate(string? name, DurableTaskOptions options)
    {
        List<string> errors = [];
        if (string.IsNullOrWhiteSpace(options.HubName))
        {
            errors.Add("DurableTask:HubName must not be empty.");
        }

        AtLeastOne(errors, nameof(options.MaxConcurrentOrchestratorFunctions), options.MaxConcurrentOrchestratorFunctions);
        AtLeastOne(errors, nameof(options.MaxConcurrentActivityFunctions), options.MaxConcurrentActivityFunctions);
        AtLeastOne(errors, nameof(options.MaxDequeueCount), options.MaxDequeueCount);
        AtLeastOne(errors, nameof(options.JournalBurstThreshold), options.JournalBurstThreshold);
        AtLeastOne(errors, nameof(options.JournalPacedStartsPerSecond), options.JournalPacedStartsPerSecond);
        Positive(errors, nameof(options.LockDuration), options.LockDuration);
        Positive(errors, nameof(options.MinPollingInterval), options.MinPollingInterval);
        Positive(errors, nameof(options.ClientPollingInterval), options.ClientPollingInterval);
        if (options.MaxPollingInterval < options.MinPollingInterval)
        {
            errors.Add($"DurableTask:MaxPollingInterval ({options.MaxPollingInterval}) must not be shorter than MinPollingInterval ({options.MinPollingInterval}).");
        }

        if (string.IsNullOrWhiteSpace(options.WorkerId))
        {
            errors.Add("DurableTask:WorkerId must not be empty.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void AtLeastOne(List<string> errors, string setting, int value)
    {
        if (value < 1)
        {
            errors.Add($"DurableTask:{setting} must be at least 1 (was {value}).");
        }
    }

    private static void Positive(List<string> errors, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"DurableTask:{setting} must be longer than zero (was {value}).");
        }
    }
}
