using MentorFlow.Functions.Tests.Lifecycle.Support;

namespace MentorFlow.Functions.Tests.Lifecycle;

// Every lifecycle test class on the embedded SQLite file, the default storage.

public sealed class AgreementAndReviewOnSqlite() : AgreementAndReviewTests(LifecycleStorage.Sqlite);

public sealed class AutomaticJourneyOnSqlite() : AutomaticJourneyTests(LifecycleStorage.Sqlite);

public sealed class BecomeAMentorOnSqlite() : BecomeAMentorTests(LifecycleStorage.Sqlite);

public sealed class EarlyCloseOnSqlite() : EarlyCloseTests(LifecycleStorage.Sqlite);

public sealed class FinalReviewOnSqlite() : FinalReviewTests(LifecycleStorage.Sqlite);

public sealed class FullLifecycleByLinksOnSqlite() : FullLifecycleByLinksTests(LifecycleStorage.Sqlite);

public sealed class GroupProgrammeOnSqlite() : GroupProgrammeTests(LifecycleStorage.Sqlite);

public sealed class IdempotencyOnSqlite() : IdempotencyTests(LifecycleStorage.Sqlite);

public sealed class LinkAnswerCrashOnSqlite() : LinkAnswerCrashTests(LifecycleStorage.Sqlite);

public sealed class MatchingModeOnSqlite() : MatchingModeTests(LifecycleStorage.Sqlite);

public sealed class MeetingReminderOnSqlite() : MeetingReminderTests(LifecycleStorage.Sqlite);

public sealed class RematchOnSqlite() : RematchTests(LifecycleStorage.Sqlite);
