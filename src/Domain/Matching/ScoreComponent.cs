namespace MentorFlow.Domain.Matching;

/// <summary>The parts of a match score; each is a number in 0..1 and the programme weighs them.</summary>
public enum ScoreComponent
{
    /// <summary>How many of the mentee's goals the mentor's expertise or skills speak to.</summary>
    Goals,

    /// <summary>How many of the skills the mentee wants the mentor offers, weighed by the mentor's level.</summary>
    Skills,

    /// <summary>Same industry, or industry experience when the mentee wished for it.</summary>
    Industry,

    /// <summary>Seniority gap that fits the programme type.</summary>
    Seniority,

    /// <summary>The mentor's communication style against the mentee's wish.</summary>
    CommunicationStyle,

    /// <summary>Shared preferred channels (video, phone, in person, chat, email).</summary>
    Channel,

    /// <summary>Weekly availability overlap across the two time zones.</summary>
    Availability,

    /// <summary>A similar or a different background, as the mentee wished.</summary>
    Background,
}
