using System.Text;
using System.Text.Json;
using PolicyRules.Decisions;
using PolicyRules.Json;
using PolicyRules.Testing;
using PolicyRules.Tests.TestRuleSet;

namespace PolicyRules.Tests;

public sealed class DecisionLogTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, 250, TimeSpan.Zero);

    [Fact]
    public void Record_OneEvaluation_WritesTimeHashVersionsOutcomeAndFiredRules()
    {
        using var folder = TestPaths.NewTempFolder();
        var verdict = TestEngines.Valid.Evaluate(TestCases.WithEverything);

        using (var log = DecisionLog.Open(folder.File("d.jsonl"), new DecisionLogOptions { TimeProvider = new FixedTime(Noon), Source = "test" }))
        {
            log.Record(TestCases.WithEverything, verdict);
        }

        var line = Assert.Single(File.ReadAllLines(folder.File("d.jsonl")));
        var record = JsonDocument.Parse(line).RootElement;
        Assert.Equal("2026-03-01T12:00:00.250Z", record.GetProperty("time").GetString());
        Assert.Equal("test", record.GetProperty("source").GetString());
        var expectedHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(PolicyJson.Canonical(TestCases.WithEverything))));
        Assert.Equal(expectedHash, record.GetProperty("caseSha256").GetString());
        var ruleSets = record.GetProperty("ruleSets").EnumerateArray().ToList();
        Assert.Equal(verdict.RuleSets.Select(r => r.RuleSet), ruleSets.Select(r => r.GetProperty("ruleSet").GetString()));
        Assert.Equal(verdict.RuleSets.Select(r => r.Version), ruleSets.Select(r => r.GetProperty("version").GetString()));
        Assert.Equal(verdict.RuleSets.Select(r => r.Outcome.ToString().ToLowerInvariant()), ruleSets.Select(r => r.GetProperty("outcome").GetString()));
        Assert.Equal(
            verdict.RuleSets[0].Findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal),
            ruleSets[0].GetProperty("firedRules").EnumerateArray().Select(r => r.GetString()));
        Assert.False(record.TryGetProperty("charges", out _), "the case itself is never logged");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(200)]
    public void Record_WriteFailsPartWay_CutsThePartialRecordOffAndTheNextRecordIsWhole(int bytesBeforeFailure)
    {
        using var folder = TestPaths.NewTempFolder();
        var verdict = TestEngines.Valid.Evaluate(TestCases.Minimal);
        var disk = default(FillingDisk)!;

        using (var log = DecisionLog.Open(folder.File("d.jsonl"), null, file => disk = new FillingDisk(file)))
        {
            log.Record(TestCases.Minimal, verdict);
            disk.FailAfter = bytesBeforeFailure;
            Assert.Throws<IOException>(() => log.Record(TestCases.Minimal, verdict));
            Assert.True(disk.Written > 0, "the failing write left bytes behind, so the rollback had something to cut");

            disk.FailAfter = null;
            log.Record(TestCases.WithEverything, verdict);
        }

        var lines = File.ReadAllLines(folder.File("d.jsonl"));
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => JsonDocument.Parse(l));
        Assert.Equal(DecisionLog.CaseHash(TestCases.WithEverything), JsonDocument.Parse(lines[1]).RootElement.GetProperty("caseSha256").GetString());
    }

    [Fact]
    public void Record_RollbackFailsToo_TheNextRecordRepairsFirstOrIsRefused()
    {
        using var folder = TestPaths.NewTempFolder();
        var verdict = TestEngines.Valid.Evaluate(TestCases.Minimal);
        var disk = default(FillingDisk)!;

        using (var log = DecisionLog.Open(folder.File("d.jsonl"), null, file => disk = new FillingDisk(file)))
        {
            log.Record(TestCases.Minimal, verdict);
            disk.FailAfter = 30;
            disk.CutFails = true;
            Assert.Throws<IOException>(() => log.Record(TestCases.Minimal, verdict));

            // Still unable to cut: refused, not appended after the torn bytes.
            disk.FailAfter = null;
            var refused = Assert.Throws<IOException>(() => log.Record(TestCases.WithEverything, verdict));
            Assert.Contains("still holds part of a record", refused.Message, StringComparison.Ordinal);

            disk.CutFails = false;
            log.Record(TestCases.WithEverything, verdict);
        }

        var lines = File.ReadAllLines(folder.File("d.jsonl"));
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => JsonDocument.Parse(l));
    }

    /// <summary>A real file whose writes stop after a number of bytes with "no space left", as a full disk does.</summary>
    private sealed class FillingDisk(FileStream file) : Stream
    {
        public int? FailAfter { get; set; }

        public bool CutFails { get; set; }

        public int Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => file.Length;

        public override long Position { get => file.Position; set => file.Position = value; }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (FailAfter is { } room && buffer.Length > room)
            {
                file.Write(buffer[..room]);
                Written = room;
                throw new IOException("No space left on device");
            }

            file.Write(buffer);
        }

        public override void SetLength(long value)
        {
            if (CutFails)
            {
                throw new IOException("Input/output error");
            }

            file.SetLength(value);
        }

        public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

        public override void Flush() => file.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    [Fact]
    public void CaseHash_SameCaseTwice_IsEqual_DifferentCase_Differs()
    {
        Assert.Equal(DecisionLog.CaseHash(TestCases.Minimal), DecisionLog.CaseHash(TestCases.Minimal with { }));
        Assert.NotEqual(DecisionLog.CaseHash(TestCases.Minimal), DecisionLog.CaseHash(TestCases.WithEverything));
    }

    [Fact]
    public void Open_FileCutAtEveryByte_KeepsOnlyWholeRecords()
    {
        using var folder = TestPaths.NewTempFolder();
        var verdict = TestEngines.Valid.Evaluate(TestCases.Minimal);
        var whole = folder.File("whole.jsonl");
        using (var log = DecisionLog.Open(whole, new DecisionLogOptions { TimeProvider = new FixedTime(Noon) }))
        {
            for (var i = 0; i < 3; i++)
            {
                log.Record(TestCases.Minimal, verdict);
            }
        }

        var bytes = File.ReadAllBytes(whole);
        var cut = folder.File("cut.jsonl");
        for (var length = 0; length <= bytes.Length; length++)
        {
            File.WriteAllBytes(cut, bytes[..length]);
            var wholeLines = bytes[..length].Count(b => b == (byte)'\n');

            using (var log = DecisionLog.Open(cut, new DecisionLogOptions { TimeProvider = new FixedTime(Noon) }))
            {
                log.Record(TestCases.Minimal, verdict);
            }

            var text = File.ReadAllText(cut);
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(wholeLines + 1, lines.Length);
            Assert.All(lines, l => JsonDocument.Parse(l).Dispose());
        }
    }

    [Fact]
    public void Record_FromManyThreads_EveryLineIsWhole()
    {
        using var folder = TestPaths.NewTempFolder();
        var verdict = TestEngines.Valid.Evaluate(TestCases.WithEverything);
        using (var log = DecisionLog.Open(folder.File("d.jsonl"), new DecisionLogOptions { FlushToDisk = true }))
        {
            Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => log.Record(TestCases.WithEverything, verdict));
        }

        var lines = File.ReadAllLines(folder.File("d.jsonl"));
        Assert.Equal(400, lines.Length);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
    }

    [Fact]
    public void Open_WhileAnotherWriterHasIt_IsRefused()
    {
        using var folder = TestPaths.NewTempFolder();
        using var first = DecisionLog.Open(folder.File("d.jsonl"));

        Assert.ThrowsAny<IOException>(() => DecisionLog.Open(folder.File("d.jsonl")));
    }

    [Fact]
    public void Record_AfterDispose_Throws()
    {
        using var folder = TestPaths.NewTempFolder();
        var log = DecisionLog.Open(folder.File("d.jsonl"));
        log.Dispose();

        Assert.Throws<ObjectDisposedException>(() => log.Record(TestCases.Minimal, TestEngines.Valid.Evaluate(TestCases.Minimal)));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
