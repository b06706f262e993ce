using System.Reflection;

namespace PolicyRules.Testing;

/// <summary>Where the repository is, read from the assembly metadata the build stamps in (never from stack traces).</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string InRepository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    /// <summary>A fresh folder under the system temp folder, deleted when disposed.</summary>
    public static TempFolder NewTempFolder() => new();

    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policyrules-tests-" + System.IO.Path.GetRandomFileName());
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; failing a test over it would not be.
            }
        }
    }
}
