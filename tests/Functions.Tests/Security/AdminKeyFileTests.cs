using System.Runtime.Versioning;
using MentorFlow.Functions.Hosting;
using MentorFlow.Functions.Security;
using MentorFlow.Functions.Tests.Support;

namespace MentorFlow.Functions.Tests.Security;

public sealed class AdminKeyFileTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    [Fact]
    public void A_configured_key_is_used_as_it_is_and_nothing_is_written()
    {
        var key = AdminKeyFile.LoadOrCreate(Options(adminKey: "configured-key-0123456789"));

        Assert.Equal("configured-key-0123456789", key.Value);
        Assert.Equal(AdminKeyOrigin.Configured, key.Origin);
        Assert.False(File.Exists(KeyPath));
    }

    [Fact]
    public void Without_a_configured_key_a_random_one_is_generated_and_kept_in_the_data_directory()
    {
        var key = AdminKeyFile.LoadOrCreate(Options());

        Assert.Equal(AdminKeyOrigin.Generated, key.Origin);
        Assert.True(key.Value.Length >= 32);
        Assert.Equal(key.Value, File.ReadAllText(KeyPath));
    }

    [Fact]
    public void The_generated_key_survives_a_restart()
    {
        var first = AdminKeyFile.LoadOrCreate(Options());
        var second = AdminKeyFile.LoadOrCreate(Options());

        Assert.Equal(first.Value, second.Value);
        Assert.Equal(AdminKeyOrigin.Stored, second.Origin);
    }

    [Fact]
    public void Two_data_directories_get_different_keys()
    {
        using var other = new TestDataDirectory();

        var first = AdminKeyFile.LoadOrCreate(Options());
        var second = AdminKeyFile.LoadOrCreate(new MentorFlowOptions { DataDirectory = other.Path });

        Assert.NotEqual(first.Value, second.Value);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void The_key_file_is_readable_by_its_owner_only()
    {
        AdminKeyFile.LoadOrCreate(Options());

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyPath));
    }

    [Fact]
    public void An_empty_key_file_stops_the_start_with_a_message_naming_the_file()
    {
        File.WriteAllText(KeyPath, "  ");

        var error = Assert.Throws<InvalidOperationException>(() => AdminKeyFile.LoadOrCreate(Options()));

        Assert.Contains(KeyPath, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();

    private string KeyPath => Path.Combine(_data.Path, AdminKeyFile.FileName);

    private MentorFlowOptions Options(string? adminKey = null) => new() { DataDirectory = _data.Path, AdminKey = adminKey };
}
