using MentorFlow.Durable.Storage;
using static MentorFlow.Durable.Tests.Storage.StoreBuilders;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>Querying instances by each filter, one page at a time.</summary>
public abstract partial class OrchestrationStoreContract
{
    [Fact]
    public async Task Query_filters_by_status()
    {
        await CreateStartedAsync("running-1");
        await CreateStartedAsync("done-1", OrchestrationRuntimeStatus.Completed);
        await CreateStartedAsync("failed-1", OrchestrationRuntimeStatus.Failed);
        await CreatePendingAsync("pending-1", startAt: Clock.UtcNow.AddDays(1));

        var page = await Store.QueryInstancesAsync(
            new InstanceQuery(Statuses: [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Pending]), Ct);

        Assert.Equal(["done-1", "pending-1"], IdsOf(page.Instances).Order());
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task Query_filters_by_creation_time_with_both_bounds_included()
    {
        var start = Clock.UtcNow;
        foreach (var id in new[] { "day-0", "day-1", "day-2", "day-3" })
        {
            await CreateStartedAsync(id);
            Clock.Advance(TimeSpan.FromDays(1));
        }

        var page = await Store.QueryInstancesAsync(new InstanceQuery(CreatedFrom: start.AddDays(1), CreatedTo: start.AddDays(2)), Ct);

        Assert.Equal(["day-1", "day-2"], IdsOf(page.Instances).Order());
    }

    [Fact]
    public async Task Query_filters_by_instance_id_prefix_ordinally()
    {
        await CreateStartedAsync("team-a1");
        await CreateStartedAsync("team-a2");
        await CreateStartedAsync("team-b1");
        await CreateStartedAsync("TEAM-a3");
        await CreateStartedAsync("xteam-a4");

        var page = await Store.QueryInstancesAsync(new InstanceQuery(InstanceIdPrefix: "team-a"), Ct);

        Assert.Equal(["team-a1", "team-a2"], IdsOf(page.Instances).Order());
    }

    [Fact]
    public async Task Query_filters_by_orchestrator_name_and_combines_filters()
    {
        await CreateStartedAsync("a-1", name: "Onboarding");
        await CreateStartedAsync("a-2", OrchestrationRuntimeStatus.Completed, name: "Onboarding");
        await CreateStartedAsync("b-1", name: "Review");
        await CreateStartedAsync("a-3", name: "Review");

        var byName = await Store.QueryInstancesAsync(new InstanceQuery(Name: "Review"), Ct);
        var combined = await Store.QueryInstancesAsync(
            new InstanceQuery(Statuses: [OrchestrationRuntimeStatus.Running], InstanceIdPrefix: "a-", Name: "Onboarding"), Ct);

        Assert.Equal(["a-3", "b-1"], IdsOf(byName.Instances).Order());
        Assert.Equal(["a-1"], IdsOf(combined.Instances));
    }

    [Fact]
    public async Task Query_fills_input_output_and_custom_status_only_when_asked()
    {
        var instance = await CreatePendingAsync("inst-1");
        var workItem = await LockOneAsync("inst-1");
        var step = Step(workItem, Clock.UtcNow, OrchestrationRuntimeStatus.Completed);
        await Store.CompleteOrchestrationAsync(
            workItem, step with { Instance = step.Instance with { Output = "\"out\"", CustomStatus = "\"half-way\"" } }, Ct);

        var without = Assert.Single((await Store.QueryInstancesAsync(new InstanceQuery(), Ct)).Instances);
        var with = Assert.Single((await Store.QueryInstancesAsync(new InstanceQuery(IncludeInputsAndOutputs: true), Ct)).Instances);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, without.Status);
        Assert.Null(without.Input);
        Assert.Null(without.Output);
        Assert.Null(without.CustomStatus);
        Assert.Equal(instance.Input, with.Input);
        Assert.Equal("\"out\"", with.Output);
        Assert.Equal("\"half-way\"", with.CustomStatus);
    }

    [Fact]
    public async Task Query_pages_return_every_match_once_in_a_stable_order()
    {
        for (var i = 0; i < 23; i++)
        {
            await CreateStartedAsync($"inst-{i:D2}", i % 3 == 0 ? OrchestrationRuntimeStatus.Completed : OrchestrationRuntimeStatus.Running);
            Clock.Advance(TimeSpan.FromSeconds(i % 2));
        }

        var first = await ReadAllPagesAsync(new InstanceQuery(PageSize: 5));
        var second = await ReadAllPagesAsync(new InstanceQuery(PageSize: 5));
        var completed = await ReadAllPagesAsync(new InstanceQuery(Statuses: [OrchestrationRuntimeStatus.Completed], PageSize: 3));

        Assert.Equal(23, first.Count);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Equal(first, second);
        Assert.Equal(Enumerable.Range(0, 23).Where(i => i % 3 == 0).Select(i => $"inst-{i:D2}"), completed.Order());
    }

    [Fact]
    public async Task Query_paging_neither_repeats_nor_skips_instances_when_others_are_created_between_pages()
    {
        for (var i = 0; i < 10; i++)
        {
            await CreateStartedAsync($"inst-{i}");
        }

        var seen = new List<string>();
        var page = await Store.QueryInstancesAsync(new InstanceQuery(PageSize: 4), Ct);
        seen.AddRange(IdsOf(page.Instances));
        var added = 0;
        while (page.ContinuationToken is not null)
        {
            Clock.Advance(TimeSpan.FromSeconds(1));
            await CreateStartedAsync($"late-{added++}");
            page = await Store.QueryInstancesAsync(new InstanceQuery(PageSize: 4, ContinuationToken: page.ContinuationToken), Ct);
            Assert.True(page.Instances.Count <= 4);
            seen.AddRange(IdsOf(page.Instances));
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Subset(seen.ToHashSet(), Enumerable.Range(0, 10).Select(i => $"inst-{i}").ToHashSet());
    }

    private async Task<List<string>> ReadAllPagesAsync(InstanceQuery query)
    {
        var ids = new List<string>();
        string? token = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await Store.QueryInstancesAsync(query with { ContinuationToken = token }, Ct);
            Assert.True(page.Instances.Count <= query.PageSize, "a page holds at most PageSize instances");
            ids.AddRange(IdsOf(page.Instances));
            token = page.ContinuationToken;
            if (token is null)
            {
                return ids;
            }
        }

        Assert.Fail("paging did not end");
        return ids;
    }

    private static IEnumerable<string> IdsOf(IEnumerable<InstanceRecord> instances) => instances.Select(instance => instance.InstanceId);
}
