using System.Text;
using PolicyRules.Cases;
using PolicyRules.Facts;

namespace PolicyRules.Tests;

public sealed class CaseReaderTests
{
    [Fact]
    public void Valid_case_is_read_with_defaults_filled_in()
    {
        var policyCase = CaseReader.Read(TestCases.MinimalJson);

        Assert.Equal(new DateOnly(2026, 1, 15), policyCase.AsOf);
        Assert.Equal("XA", policyCase.Request.RequestingCountry);
        var charge = Assert.Single(policyCase.Charges);
        Assert.Equal(OffenceCategory.Fraud, charge.Category);
        Assert.Equal(60, charge.MaxPenaltyMonths);
        Assert.Equal(Violence.None, charge.Conduct.Violence);
        Assert.True(policyCase.Request.Active);
        Assert.Empty(policyCase.Context);
    }

    [Fact]
    public void Byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TestCases.MinimalJson)).ToArray();

        Assert.Equal("XA", CaseReader.Read(bytes).Request.RequestingCountry);
    }

    [Fact]
    public void Unknown_field_names_its_path_line_and_the_fields_expected()
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"purpose\": \"extradition\"", "\"purpose\": \"extradition\", \"porpose\": 1", StringComparison.Ordinal));

        Assert.Equal("$.request.porpose", problem.Path);
        Assert.Equal(3, problem.Line);
        Assert.Contains("unknown field `porpose`", problem.Message, StringComparison.Ordinal);
        Assert.Contains("purpose", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_enum_value_lists_the_values_expected()
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"fraud\"", "\"frawd\"", StringComparison.Ordinal));

        Assert.Equal("$.charges[0].category", problem.Path);
        Assert.Equal(5, problem.Line);
        Assert.Contains("unknown value \"frawd\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains("embezzlement", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"requestingCountry\": \"XA\"", "\"requestingCountry\": \"Xanadu\"", "$.request.requestingCountry")]
    [InlineData("\"requestingCountry\": \"XA\"", "\"requestingCountry\": \"xa\"", "$.request.requestingCountry")]
    [InlineData("\"nationalities\": [\"XA\"]", "\"nationalities\": [\"XA\", \"AB\"]", "$.person.nationalities[1]")]
    public void Bad_country_code_is_refused(string from, string to, string path)
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace(from, to, StringComparison.Ordinal));

        Assert.Equal(path, problem.Path);
        Assert.Contains("ISO 3166-1 alpha-2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_fact_names_the_field()
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"kind\": \"redNotice\", ", string.Empty, StringComparison.Ordinal));

        Assert.Equal("$.request", problem.Path);
        Assert.Contains("missing required field `kind`", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentence_longer_than_maximum_penalty_is_refused()
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"maxPenaltyMonths\": 60", "\"maxPenaltyMonths\": 60, \"stage\": \"conviction\", \"sentenceImposedMonths\": 72", StringComparison.Ordinal));

        Assert.Equal("$.charges[0].sentenceImposedMonths", problem.Path);
        Assert.Contains("longer than the maximum penalty", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"kind\": \"sltdRecord\", \"requestingCountry\": \"XA\"", "$.request", "missing field `travelDocument`: an SLTD record")]
    [InlineData("\"kind\": \"blueNotice\", \"requestingCountry\": \"XA\", \"purpose\": \"locateOnly\", \"travelDocument\": { \"status\": \"lost\" }", "$.request.travelDocument", "set `kind` to \"sltdRecord\" or remove `travelDocument`")]
    [InlineData("\"kind\": \"message\", \"requestingCountry\": \"XA\", \"missingPerson\": { \"adult\": true }", "$.request.missingPerson", "belongs to a Yellow notice, but the request is a \"message\"")]
    [InlineData("\"kind\": \"diffusion\", \"requestingCountry\": \"XA\", \"purpose\": \"identification\"", "$.request.purpose", "is kind \"blueDiffusion\"")]
    [InlineData("\"kind\": \"sltdRecord\", \"requestingCountry\": \"XA\", \"purpose\": \"locateOnly\", \"travelDocument\": { \"status\": \"lost\" }", "$.request.purpose", "an SLTD record states no purpose")]
    [InlineData("\"kind\": \"sltdRecord\", \"requestingCountry\": \"XA\", \"travelDocument\": { \"status\": \"lost\", \"revocationReason\": \"politicalActivity\" }", "$.request.travelDocument.revocationReason", "not \"revoked\", so it has no revocation reason")]
    public void A_block_or_purpose_that_does_not_fit_the_request_kind_is_one_line_at_its_path(string request, string path, string says)
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"kind\": \"redNotice\", \"requestingCountry\": \"XA\", \"purpose\": \"extradition\"", request, StringComparison.Ordinal));

        Assert.Equal(path, problem.Path);
        Assert.Contains(says, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Message);
    }

    [Fact]
    public void Each_request_kind_reads_with_its_own_block()
    {
        var sltd = CaseReader.Read(TestCases.MinimalJson.Replace("\"kind\": \"redNotice\", \"requestingCountry\": \"XA\", \"purpose\": \"extradition\"",
            "\"kind\": \"sltdRecord\", \"requestingCountry\": \"XA\", \"travelDocument\": { \"status\": \"revoked\", \"revocationReason\": \"politicalExpression\" }", StringComparison.Ordinal));
        var yellow = CaseReader.Read(TestCases.MinimalJson.Replace("\"kind\": \"redNotice\", \"requestingCountry\": \"XA\", \"purpose\": \"extradition\"",
            "\"kind\": \"yellowNotice\", \"requestingCountry\": \"XA\", \"subjectStatus\": \"missing\", \"missingPerson\": { \"adult\": true, \"leftVoluntarily\": true }", StringComparison.Ordinal));

        Assert.Equal(RequestKind.SltdRecord, sltd.Request.Kind);
        Assert.Equal(TravelDocumentType.Passport, sltd.Request.TravelDocument!.DocumentType);
        Assert.Equal(RevocationReason.PoliticalExpression, sltd.Request.TravelDocument.RevocationReason);
        Assert.Null(sltd.Request.TravelDocument.PartOfBulkUpload);
        Assert.Equal(SubjectStatus.Missing, yellow.Request.SubjectStatus);
        Assert.True(yellow.Request.MissingPerson!.LeftVoluntarily);
        Assert.Null(yellow.Request.MissingPerson.ReportedToPolice);
    }

    [Fact]
    public void Date_after_as_of_is_refused()
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"purpose\": \"extradition\"", "\"purpose\": \"extradition\", \"issuedOn\": \"2026-02-01\"", StringComparison.Ordinal));

        Assert.Equal("$.request.issuedOn", problem.Path);
        Assert.Contains("after the case's as-of date 2026-01-15", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_type_says_what_was_expected_and_found()
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"maxPenaltyMonths\": 60", "\"maxPenaltyMonths\": \"five years\"", StringComparison.Ordinal));

        Assert.Equal("$.charges[0].maxPenaltyMonths", problem.Path);
        Assert.Contains("expected a whole number", problem.Message, StringComparison.Ordinal);
        Assert.Contains("\"five years\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_error_gives_one_problem_with_its_line()
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"person\": {", "\"person\" {", StringComparison.Ordinal));

        Assert.Equal(4, problem.Line);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_is_refused()
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"purpose\": \"extradition\"", "\"purpose\": \"extradition\", \"purpose\": \"locateOnly\"", StringComparison.Ordinal));

        Assert.Equal("$.request.purpose", problem.Path);
        Assert.Contains("appears twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var json = TestCases.MinimalJson
            .Replace("\"fraud\"", "\"frawd\"", StringComparison.Ordinal)
            .Replace("\"requestingCountry\": \"XA\"", "\"requestingCountry\": \"XA\", \"colour\": \"red\"", StringComparison.Ordinal);

        var error = Assert.Throws<CaseFormatException>(() => CaseReader.Read(json, "two.json"));

        Assert.Equal(2, error.Problems.Count);
        Assert.Equal(["two.json:3: $.request.colour", "two.json:5: $.charges[0].category"], error.Problems.Select(p => p.Format("two.json")[..p.Format("two.json").IndexOf(": unknown", StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("\"certification\": \"pending\", \"habeasPending\": true", "$.us.proceedings.certification", "a habeas petition")]
    [InlineData("\"certification\": \"notCertified\", \"secretaryDecision\": \"surrenderOrdered\"", "$.us.proceedings.certification", "the Secretary's decision")]
    [InlineData("\"secretaryDecision\": \"pending\", \"surrenderedOn\": \"2026-01-10\"", "$.us.proceedings.secretaryDecision", "`surrenderedOn`")]
    [InlineData("\"arrestedOn\": \"2026-01-10\", \"arrestKind\": \"formal\", \"hearingHeldOn\": \"2025-12-01\"", "$.us.proceedings.hearingHeldOn", "is before `arrestedOn` (2026-01-10)")]
    [InlineData("\"counts\": [ { \"chargeId\": \"c1\", \"certification\": \"notCertified\", \"habeas\": \"denied\" } ]", "$.us.proceedings.counts[0].certification", "a habeas or appeal result follows a certification")]
    [InlineData("\"counts\": [ { \"chargeId\": \"c1\", \"habeas\": \"pending\", \"appeal\": \"reversed\" } ]", "$.us.proceedings.counts[0].appeal", "while its habeas petition is pending")]
    [InlineData("\"certification\": \"pending\", \"counts\": [ { \"chargeId\": \"c1\", \"certification\": \"certified\" } ]", "$.us.proceedings.counts[0].chargeId", "`certification` is \"pending\"")]
    [InlineData("\"certification\": \"notCertified\", \"counts\": [ { \"chargeId\": \"c1\", \"certification\": \"certified\" } ]", "$.us.proceedings.counts[0].chargeId", "`certification` is \"notCertified\"")]
    public void A_record_whose_stated_steps_contradict_each_other_is_refused(string proceedings, string path, string later)
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"us\": { \"proceedings\": { " + proceedings + " } },", StringComparison.Ordinal));

        Assert.Equal(path, problem.Path);
        Assert.Equal("record-order", problem.Check?.Id);
        Assert.Contains(later, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"counts\": [ { \"chargeId\": \"c9\", \"certification\": \"certified\" } ]", "$.us.proceedings.counts[0].chargeId", "charge-reference")]
    [InlineData("\"counts\": [ { \"chargeId\": \"c1\", \"certification\": \"certified\" }, { \"chargeId\": \"c1\", \"habeas\": \"denied\" } ]", "$.us.proceedings.counts[1].chargeId", "unique-count")]
    public void A_count_names_one_charge_of_the_case_once(string proceedings, string path, string check)
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"us\": { \"proceedings\": { " + proceedings + " } },", StringComparison.Ordinal));

        Assert.Equal(path, problem.Path);
        Assert.Equal(check, problem.Check?.Id);
    }

    [Fact]
    public void A_split_certification_reads_count_by_count_and_a_consistent_one_is_accepted()
    {
        var policyCase = CaseReader.Read(TestCases.MinimalJson.Replace("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"us\": { \"proceedings\": { \"certifiedOn\": \"2026-01-05\", \"counts\": [ { \"chargeId\": \"c1\", \"habeas\": \"granted\", \"appeal\": \"reversed\" } ] } },", StringComparison.Ordinal));

        var count = Assert.Single(policyCase.Us!.Proceedings!.Counts);
        Assert.Equal(("c1", null, HabeasResult.Granted, AppealResult.Reversed), (count.ChargeId, count.Certification, count.Habeas, count.Appeal));
    }

    [Fact]
    public void A_formal_request_stated_both_in_the_requests_and_as_in_time_is_refused()
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"us\": { \"requests\": [ { \"id\": \"r1\", \"kind\": \"formalExtradition\", \"channel\": \"diplomatic\", \"receivedOn\": \"2026-01-02\", \"basis\": \"bilateralTreaty\" } ], \"proceedings\": { \"formalRequestInTime\": true } },", StringComparison.Ordinal));

        Assert.Equal("$.us.proceedings.formalRequestInTime", problem.Path);
        Assert.Equal("record-order", problem.Check?.Id);
    }

    [Fact]
    public void A_later_step_alone_leaves_the_earlier_ones_unknown_not_pending()
    {
        var policyCase = CaseReader.Read(TestCases.MinimalJson.Replace("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"us\": { \"proceedings\": { \"habeasPending\": true } },", StringComparison.Ordinal));

        Assert.Null(policyCase.Us!.Proceedings!.Certification);
        Assert.Null(policyCase.Us.Proceedings.SecretaryDecision);
    }

    [Fact]
    public void Duplicate_charge_ids_are_refused()
    {
        var problem = SingleProblem(TestCases.MinimalJson.Replace("\"charges\": [ { \"id\": \"c1\", \"category\": \"fraud\", \"maxPenaltyMonths\": 60 } ]", "\"charges\": [ { \"id\": \"c1\", \"category\": \"fraud\" }, { \"id\": \"c1\", \"category\": \"theft\" } ]", StringComparison.Ordinal));

        Assert.Equal("$.charges[1].id", problem.Path);
        Assert.Contains("used twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_items_are_refused_by_the_limits()
    {
        var charges = string.Join(", ", Enumerable.Range(1, 5).Select(i => $"{{ \"id\": \"c{i}\", \"category\": \"fraud\" }}"));
        var json = TestCases.MinimalJson.Replace("[ { \"id\": \"c1\", \"category\": \"fraud\", \"maxPenaltyMonths\": 60 } ]", $"[ {charges} ]", StringComparison.Ordinal);

        var (policyCase, problems) = CaseReader.TryRead(Encoding.UTF8.GetBytes(json), new CaseLimits { MaxListItems = 4 });

        Assert.Null(policyCase);
        var problem = Assert.Single(problems);
        Assert.Equal("$.charges", problem.Path);
        Assert.Contains("the limit is 4", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_case_is_refused_before_parsing()
    {
        var (_, problems) = CaseReader.TryRead(Encoding.UTF8.GetBytes(TestCases.MinimalJson), new CaseLimits { MaxBytes = 10 });

        Assert.Contains("the limit is 10 bytes", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_a_problem_not_a_crash()
    {
        var json = new string('[', 100) + new string(']', 100);

        var problem = SingleProblem(json);

        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_a_problem_not_a_crash()
    {
        var bytes = Encoding.UTF8.GetBytes(TestCases.MinimalJson.Replace("XA\", \"purpose", "X\u00ffA\", \"purpose", StringComparison.Ordinal));
        var index = Array.IndexOf(bytes, (byte)0xC3);
        bytes[index] = 0xFF;

        var (policyCase, problems) = CaseReader.TryRead(bytes);

        Assert.Null(policyCase);
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void Missing_file_is_one_clear_problem()
    {
        var error = Assert.Throws<CaseFormatException>(() => CaseReader.ReadFile("/nonexistent/case.json"));

        Assert.Contains("cannot read the case file", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    private static CaseProblem SingleProblem(string json)
    {
        var error = Assert.Throws<CaseFormatException>(() => CaseReader.Read(json, "case.json"));
        return Assert.Single(error.Problems);
    }
}
