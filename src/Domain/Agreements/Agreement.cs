using System.Collections.ObjectModel;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Agreements;

/// <summary>
/// The mentoring agreement: SMART goals, roles and responsibilities, meeting cadence, channels, expected
/// response time and confidentiality, with each side's confirmation. The mentee submits it
/// (<see cref="Create"/> stamps the mentee's confirmation) and the mentor confirms; a revision by either
/// side confirms it for the reviser and resets the other side's confirmation, who must confirm again.
/// </summary>
public sealed class Agreement
{
    public const int MaxResponsibilities = 10;
    public const int ResponsibilityMinLength = 3;
    public const int ResponsibilityMaxLength = 300;
    public const int ConfidentialityMaxLength = 1000;
    public const int MinResponseHours = 1;

    /// <summary>Two weeks: a slower answer than this is no agreement on response time.</summary>
    public const int MaxResponseHours = 336;

    public const int DefaultResponseHours = 48;

    public const string DefaultConfidentiality =
        "What we discuss stays between us. The programme administrator sees only progress, satisfaction and the challenges we report in check-ins.";

    private Agreement(Content content, DateTimeOffset termStart, DateTimeOffset termEnd)
    {
        Apply(content);
        TermStart = termStart;
        TermEnd = termEnd;
    }

    public IReadOnlyList<SmartGoal> Goals { get; private set; } = [];

    public IReadOnlyList<string> MenteeResponsibilities { get; private set; } = [];

    public IReadOnlyList<string> MentorResponsibilities { get; private set; } = [];

    public MeetingCadence Cadence { get; private set; }

    public IReadOnlyList<Channel> Channels { get; private set; } = [];

    public TimeSpan ExpectedResponseTime { get; private set; }

    public string Confidentiality { get; private set; } = DefaultConfidentiality;

    public DateTimeOffset TermStart { get; }

    public DateTimeOffset TermEnd { get; }

    /// <summary>1 for the first submission, one more for each revision.</summary>
    public int Revision { get; private set; }

    public MentorshipRole RevisedBy { get; private set; }

    public DateTimeOffset RevisedAt { get; private set; }

    public DateTimeOffset? MenteeConfirmedAt { get; private set; }

    public DateTimeOffset? MentorConfirmedAt { get; private set; }

    /// <summary>Both sides confirmed this revision.</summary>
    public bool IsConfirmed => MenteeConfirmedAt is not null && MentorConfirmedAt is not null;

    /// <summary>
    /// The mentee's submission. <paramref name="now"/> is the agreement date: a target date before it
    /// fails the achievable check; every target date must fall inside the term.
    /// </summary>
    public static Result<Agreement> Create(AgreementDraft draft, DateTimeOffset termStart, DateTimeOffset termEnd, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (termEnd <= termStart)
        {
            throw new ArgumentException("The programme term must end after it starts.", nameof(termEnd));
        }

        return Validate(draft, termStart, termEnd, now).Map(content =>
        {
            var agreement = new Agreement(content, termStart, termEnd)
            {
                Revision = 1,
                RevisedBy = MentorshipRole.Mentee,
                RevisedAt = now,
                MenteeConfirmedAt = now,
            };
            return agreement;
        });
    }

    /// <summary>
    /// One side confirms the current revision. Confirming again changes nothing (the first time stands),
    /// so a repeated request is harmless.
    /// </summary>
    public Result<Agreement> Confirm(MentorshipRole by, DateTimeOffset at)
    {
        if (at < RevisedAt)
        {
            return Result<Agreement>.Failure("at", "A confirmation cannot be earlier than the revision it confirms.");
        }

        if (by == MentorshipRole.Mentee)
        {
            MenteeConfirmedAt ??= at;
        }
        else
        {
            MentorConfirmedAt ??= at;
        }

        return Result<Agreement>.Success(this);
    }

    /// <summary>
    /// One side edits the agreement (for example when goals are revisited at mid-term). The new content is
    /// checked as of <paramref name="at"/>; if it passes, the reviser's confirmation is stamped and the other
    /// side's is reset. A refused revision changes nothing.
    /// </summary>
    public Result<Agreement> Revise(AgreementDraft draft, MentorshipRole by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (at < RevisedAt)
        {
            return Result<Agreement>.Failure("at", "A revision cannot be earlier than the one before it.");
        }

        var validated = Validate(draft, TermStart, TermEnd, at);
        if (!validated.IsSuccess)
        {
            return Result<Agreement>.Failure(validated.Errors);
        }

        Apply(validated.Value);
        Revision++;
        RevisedBy = by;
        RevisedAt = at;
        MenteeConfirmedAt = by == MentorshipRole.Mentee ? at : null;
        MentorConfirmedAt = by == MentorshipRole.Mentor ? at : null;
        return Result<Agreement>.Success(this);
    }

    /// <summary>
    /// Brings a stored agreement back. Its content is checked as of its revision date, as when it was made,
    /// and a confirmation must not predate the revision it confirms.
    /// </summary>
    public static Result<Agreement> Restore(AgreementSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.TermEnd <= snapshot.TermStart)
        {
            return Result<Agreement>.Failure("termEnd", "The programme term must end after it starts.");
        }

        var errors = new FieldErrorCollector();
        if (snapshot.Revision < 1)
        {
            errors.Add("revision", "must be 1 or more.");
        }

        if (snapshot.MenteeConfirmedAt < snapshot.RevisedAt)
        {
            errors.Add("menteeConfirmedAt", "cannot be earlier than the revision it confirms.");
        }

        if (snapshot.MentorConfirmedAt < snapshot.RevisedAt)
        {
            errors.Add("mentorConfirmedAt", "cannot be earlier than the revision it confirms.");
        }

        var content = Validate(snapshot.Content ?? throw new ArgumentException("A stored agreement needs its content.", nameof(snapshot)), snapshot.TermStart, snapshot.TermEnd, snapshot.RevisedAt);
        foreach (var error in content.IsSuccess ? [] : content.Errors)
        {
            errors.Add("content." + error.Field, error.Message);
        }
        return errors.HasErrors
            ? Result<Agreement>.Failure(errors.Errors)
            : Result<Agreement>.Success(new Agreement(content.Value, snapshot.TermStart, snapshot.TermEnd)
            {
                Revision = snapshot.Revision,
                RevisedBy = snapshot.RevisedBy,
                RevisedAt = snapshot.RevisedAt,
                MenteeConfirmedAt = snapshot.MenteeConfirmedAt,
                MentorConfirmedAt = snapshot.MentorConfirmedAt,
            });
    }

    public AgreementSnapshot ToSnapshot() =>
        new(ToDraft(), TermStart, TermEnd, Revision, RevisedBy, RevisedAt, MenteeConfirmedAt, MentorConfirmedAt);

    /// <summary>The agreement as a draft, to prefill a revision form.</summary>
    public AgreementDraft ToDraft() => new(
        [.. Goals.Select(g => g.ToDraft())],
        MenteeResponsibilities,
        MentorResponsibilities,
        EnumText.ToText(Cadence),
        [.. Channels.Select(EnumText.ToText)],
        (int)ExpectedResponseTime.TotalHours,
        Confidentiality);

    private void Apply(Content content)
    {
        Goals = new ReadOnlyCollection<SmartGoal>(content.Goals);
        MenteeResponsibilities = new ReadOnlyCollection<string>(content.MenteeResponsibilities);
        MentorResponsibilities = new ReadOnlyCollection<string>(content.MentorResponsibilities);
        Cadence = content.Cadence;
        Channels = new ReadOnlyCollection<Channel>(content.Channels);
        ExpectedResponseTime = TimeSpan.FromHours(content.ExpectedResponseHours);
        Confidentiality = content.Confidentiality;
    }

    private static Result<Content> Validate(AgreementDraft draft, DateTimeOffset termStart, DateTimeOffset termEnd, DateTimeOffset now)
    {
        var errors = new FieldErrorCollector();
        var goals = SmartGoalRules.Validate(draft.Goals, termStart, termEnd, now, errors);
        var menteeResponsibilities = Responsibilities(draft.MenteeResponsibilities, "menteeResponsibilities", errors);
        var mentorResponsibilities = Responsibilities(draft.MentorResponsibilities, "mentorResponsibilities", errors);
        var cadence = ParseCadence(draft.MeetingCadence, errors);
        var channels = ParseChannels(draft.Channels, errors);
        var responseHours = draft.ExpectedResponseHours is null
            ? DefaultResponseHours
            : BoundedText.Number(draft.ExpectedResponseHours, "expectedResponseHours", MinResponseHours, MaxResponseHours, errors);
        var confidentiality = BoundedText.Read(draft.Confidentiality, "confidentiality", ConfidentialityMaxLength, errors, multiline: true) ?? DefaultConfidentiality;

        return errors.HasErrors
            ? Result<Content>.Failure(errors.Errors)
            : Result<Content>.Success(new Content([.. goals], menteeResponsibilities, mentorResponsibilities, cadence, channels, responseHours!.Value, confidentiality));
    }

    private static List<string> Responsibilities(IReadOnlyList<string>? items, string field, FieldErrorCollector errors)
    {
        if (items is null || items.Count == 0)
        {
            errors.Add(field, "List at least one responsibility.");
            return [];
        }

        if (items.Count > MaxResponsibilities)
        {
            errors.Add(field, $"List at most {MaxResponsibilities} responsibilities.");
            return [];
        }

        var valid = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var text = BoundedText.Read(items[i], $"{field}[{i}]", ResponsibilityMaxLength, errors, required: true, minLength: ResponsibilityMinLength);
            if (text is not null)
            {
                valid.Add(text);
            }
        }

        return valid;
    }

    private static MeetingCadence ParseCadence(string? value, FieldErrorCollector errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return MeetingCadence.Monthly;
        }

        var name = value.Trim();
        if (name.All(char.IsLetter) && Enum.TryParse<MeetingCadence>(name, ignoreCase: true, out var cadence))
        {
            return cadence;
        }

        errors.Add("meetingCadence", "must be weekly, fortnightly, monthly or quarterly.");
        return MeetingCadence.Monthly;
    }

    private static List<Channel> ParseChannels(IReadOnlyList<string>? values, FieldErrorCollector errors)
    {
        if (values is null || values.Count == 0)
        {
            errors.Add("channels", "Choose at least one way to meet.");
            return [];
        }

        var channels = new List<Channel>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            // "in person", "in-person" and "inPerson" all name the same channel.
            var name = new string((values[i] ?? string.Empty).Where(char.IsLetter).ToArray());
            if (name.Length == 0 || !Enum.TryParse<Channel>(name, ignoreCase: true, out var channel))
            {
                errors.Add($"channels[{i}]", "must be video, phone, inPerson, chat or email.");
            }
            else if (channels.Contains(channel))
            {
                errors.Add($"channels[{i}]", "is listed twice.");
            }
            else
            {
                channels.Add(channel);
            }
        }

        return channels;
    }

    private sealed record Content(
        List<SmartGoal> Goals,
        List<string> MenteeResponsibilities,
        List<string> MentorResponsibilities,
        MeetingCadence Cadence,
        List<Channel> Channels,
        int ExpectedResponseHours,
        string Confidentiality);
}
