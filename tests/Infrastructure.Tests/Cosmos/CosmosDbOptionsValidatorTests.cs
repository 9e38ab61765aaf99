using MentorFlow.Infrastructure.Cosmos;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

public sealed class CosmosDbOptionsValidatorTests
{
    private readonly CosmosDbOptionsValidator _validator = new();

    [Fact]
    public void Options_with_an_https_endpoint_a_key_and_a_database_are_valid()
        => Assert.True(_validator.Validate(null, Options()).Succeeded);

    [Fact]
    public void Options_with_no_key_are_valid_because_the_managed_identity_is_used()
        => Assert.True(_validator.Validate(null, Options(key: null)).Succeeded);

    [Theory]
    [InlineData(null, "CosmosDb__Endpoint is required")]
    [InlineData("myaccount.documents.azure.com", "CosmosDb__Endpoint must be an absolute https URI")]
    [InlineData("http://myaccount.documents.azure.com/", "CosmosDb__Endpoint must be an absolute https URI")]
    public void A_missing_or_wrong_endpoint_is_refused_naming_the_setting(string? endpoint, string message)
    {
        var result = _validator.Validate(null, Options(endpoint: endpoint));

        Assert.Contains(result.Failures!, failure => failure.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_that_is_not_base64_is_refused_naming_the_setting()
    {
        var result = _validator.Validate(null, Options(key: "not a key!"));

        Assert.Contains(result.Failures!, failure => failure.StartsWith("CosmosDb__Key", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("mentor/flow")]
    public void A_missing_or_unusable_database_name_is_refused_naming_the_setting(string? database)
    {
        var result = _validator.Validate(null, Options(database: database));

        Assert.Contains(result.Failures!, failure => failure.StartsWith("CosmosDb__Database", StringComparison.Ordinal));
    }

    private static CosmosDbOptions Options(
        string? endpoint = "https://myaccount.documents.azure.com:443/",
        string? key = "c2VjcmV0LWtleQ==",
        string? database = "mentorflow")
        => new() { Endpoint = endpoint, Key = key, Database = database };
}
