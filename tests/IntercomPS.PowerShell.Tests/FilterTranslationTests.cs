using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace IntercomPS.PowerShell.Tests
{
    /// <summary>
    /// Issue 6: -Filter script blocks translated by the real PowerShell parser into Intercom's query, read back
    /// through -ShowQuery (nothing is sent); every rejection names its construct, its position and -Query.
    /// </summary>
    public sealed class FilterTranslationTests : IClassFixture<FilterTranslationTests.Session>
    {
        // 2026-01-10T00:00:00Z; contact date filters are widened by 26 h (93600 s), conversation ones by 1 s below.
        private const long D = 1768003200;
        private const string DateLiteral = "[DateTimeOffset]'2026-01-10T00:00:00Z'";

        private readonly PowerShellSession _session;

        public FilterTranslationTests(Session fixture) => _session = fixture.Shell;

        public sealed class Session : IDisposable
        {
            public Session()
            {
                Shell = new PowerShellSession();
                Shell.Run("Connect-Intercom -Sandbox -SandboxSettings @{ ContactCount = 50; ConversationCount = 50 }").AssertNoErrors();
                Shell.Run($"$state = 'open'; $states = @('open', 'snoozed'); $d = {DateLiteral}; $plan = 'pro'").AssertNoErrors();
            }

            public PowerShellSession Shell { get; }

            public void Dispose() => Shell.Dispose();
        }

        private static string F(string field, string op, string value) => $"{{\"field\":\"{field}\",\"operator\":\"{op}\",\"value\":{value}}}";

        private static string Group(string op, params string[] entries) => $"{{\"operator\":\"{op}\",\"value\":[{string.Join(",", entries)}]}}";

        public static IEnumerable<object[]> Translations()
        {
            // Every operator, case-insensitive spellings, reversed operands.
            yield return Row("conversation", "$_.state -eq 'open'", F("state", "=", "\"open\""));
            yield return Row("conversation", "$_.state -ieq 'open'", F("state", "=", "\"open\""));
            yield return Row("conversation", "$_.state -ne 'closed'", F("state", "!=", "\"closed\""));
            yield return Row("conversation", "$_.custom_attributes.order_count -gt 5", F("custom_attributes.order_count", ">", "5"));
            yield return Row("conversation", "$_.custom_attributes.order_count -ge 5", F("custom_attributes.order_count", ">=", "5"));
            yield return Row("conversation", "$_.custom_attributes.order_count -lt 5", F("custom_attributes.order_count", "<", "5"));
            yield return Row("conversation", "$_.custom_attributes.order_count -ile 5", F("custom_attributes.order_count", "<=", "5"));
            yield return Row("conversation", "5 -lt $_.custom_attributes.order_count", F("custom_attributes.order_count", ">", "5"));
            yield return Row("conversation", "5 -ge $_.custom_attributes.order_count", F("custom_attributes.order_count", "<=", "5"));
            yield return Row("conversation", "$_.state -in 'open','snoozed'", F("state", "IN", "[\"open\",\"snoozed\"]"));
            yield return Row("conversation", "$_.state -notin 'closed'", F("state", "NIN", "[\"closed\"]"));
            yield return Row("conversation", "'open','snoozed' -contains $_.state", F("state", "IN", "[\"open\",\"snoozed\"]"));
            yield return Row("conversation", "'closed' -notcontains $_.state", F("state", "NIN", "[\"closed\"]"));
            yield return Row("conversation", "$_.tag_ids -contains '7'", F("tag_ids", "=", "\"7\""));
            yield return Row("conversation", "$_.tag_ids -notcontains '7'", F("tag_ids", "!=", "\"7\""));
            yield return Row("conversation", "'7' -in $_.tag_ids", F("tag_ids", "=", "\"7\""));
            yield return Row("conversation", "$_.title -like 'refund*'", F("title", "^", "\"refund\""));
            yield return Row("conversation", "$_.title -like '*refund'", F("title", "$", "\"refund\""));
            yield return Row("conversation", "$_.title -ilike '*refund*'", F("title", "~", "\"refund\""));
            yield return Row("conversation", "$_.title -like 'refund'", F("title", "=", "\"refund\""));
            yield return Row("conversation", "$_.title -notlike '*refund*'", F("title", "!~", "\"refund\""));
            yield return Row("conversation", "$_.title -notlike 'refund'", F("title", "!=", "\"refund\""));
            yield return Row("conversation", "$_.title -like '*50`*off*'", F("title", "~", "\"50*off\""));
            yield return Row("conversation", "$_.open -eq $true", F("open", "=", "true"));
            yield return Row("conversation", "$_.title -eq $null", F("title", "=", "null"));
            // Left sides: $PSItem, quoted dotted names, model property names, custom attributes kept verbatim.
            yield return Row("conversation", "$PSItem.state -eq 'open'", F("state", "=", "\"open\""));
            yield return Row("conversation", "$_.'custom_attributes.issue_type' -eq 'Bug'", F("custom_attributes.issue_type", "=", "\"Bug\""));
            yield return Row("conversation", "$_.CustomAttributes.IssueType -eq 'Bug'", F("custom_attributes.IssueType", "=", "\"Bug\""));
            yield return Row("conversation", "$_.Source.Author.Email -like '*@example.com'", F("source.author.email", "$", "\"@example.com\""));
            yield return Row("contact", "$_.Location.Country -eq 'France'", F("location.country", "=", "\"France\""));
            // Right sides: variables from the session, sub-expressions evaluated once.
            yield return Row("conversation", "$_.state -eq $state", F("state", "=", "\"open\""));
            yield return Row("conversation", "$_.state -in $states", F("state", "IN", "[\"open\",\"snoozed\"]"));
            yield return Row("contact", "$_.custom_attributes.plan -eq $plan", F("custom_attributes.plan", "=", "\"pro\""));
            yield return Row("conversation", "$_.custom_attributes.order_count -gt (2 + 3)", F("custom_attributes.order_count", ">", "5"));
            yield return Row("conversation", "$_.state -eq $(\"op\" + 'en')", F("state", "=", "\"open\""));
            yield return Row("conversation", "$_.custom_attributes.order_count -ge -3", F("custom_attributes.order_count", ">=", "-3"));
            // Dates: conversations to the second (one second below, bounds may be inclusive), exact on the client.
            yield return Row("conversation", "$_.created_at -ge $d", F("created_at", ">", (D - 1).ToString()));
            yield return Row("conversation", "$_.created_at -gt $d", F("created_at", ">", (D - 1).ToString()));
            yield return Row("conversation", "$_.created_at -lt $d", F("created_at", "<", D.ToString()));
            yield return Row("conversation", "$_.created_at -le $d", F("created_at", "<", (D + 1).ToString()));
            yield return Row("conversation", "$_.created_at -eq $d", F("created_at", "=", D.ToString()));
            yield return Row("conversation", "$_.created_at -ne $d", F("created_at", "!=", D.ToString()));
            yield return Row("conversation", "$_.created_at -ge " + D, F("created_at", ">", (D - 1).ToString()));
            yield return Row("conversation", "$_.updated_at -lt $d.AddDays(1)", F("updated_at", "<", (D + 86400).ToString()));
            yield return Row("conversation", "$_.created_at -ge '2026-01-10T00:00:00Z'", F("created_at", ">", (D - 1).ToString()));
            yield return Row("conversation", $"$_.created_at -lt '{D}'", F("created_at", "<", D.ToString()));
            yield return Row("conversation", "$_.created_at -in $d, $d.AddSeconds(5)", F("created_at", "IN", $"[{D},{D + 5}]"));
            yield return Row("conversation", "$_.created_at -ge $d.AddMilliseconds(500)", F("created_at", ">", (D - 1).ToString()));
            yield return Row("conversation", "$_.created_at -lt $d.AddMilliseconds(500)", F("created_at", "<", (D + 1).ToString()));
            // Contacts: whole calendar days, so 26 hours either side, and only = < >.
            yield return Row("contact", "$_.created_at -ge $d", F("created_at", ">", (D - 93600).ToString()));
            yield return Row("contact", "$_.created_at -gt $d", F("created_at", ">", (D - 93600).ToString()));
            yield return Row("contact", "$_.created_at -lt $d", F("created_at", "<", (D + 93600).ToString()));
            yield return Row("contact", "$_.last_seen_at -le $d", F("last_seen_at", "<", (D + 1 + 93600).ToString()));
            yield return Row("contact", "$_.created_at -eq $d", F("created_at", "=", D.ToString()));
            yield return Row("contact", "$_.SignedUpAt -lt $d", F("signed_up_at", "<", (D + 93600).ToString()));
            // -and / -or: chains flattened (parenthesized or not), mixed levels laid out as Intercom allows.
            yield return Row("conversation", "$_.state -eq 'open' -and $_.read -eq $false -and ($_.priority -eq 'high' -and $_.open -eq $true)",
                Group("AND", F("state", "=", "\"open\""), F("read", "=", "false"), F("priority", "=", "\"high\""), F("open", "=", "true")));
            yield return Row("conversation", "$_.state -eq 'open' -or $_.state -eq 'snoozed' -or $_.priority -eq 'urgent'",
                Group("OR", F("state", "=", "\"open\""), F("state", "=", "\"snoozed\""), F("priority", "=", "\"urgent\"")));
            yield return Row("conversation", "($_.state -eq 'open' -or $_.state -eq 'snoozed') -and $_.read -eq $false",
                Group("AND", Group("AND", F("read", "=", "false")), Group("OR", F("state", "=", "\"open\""), F("state", "=", "\"snoozed\""))));
            yield return Row("conversation", "($_.state -eq 'open' -and $_.read -eq $false) -or ($_.priority -eq 'high' -and $_.open -eq $true)",
                Group("OR", Group("AND", F("state", "=", "\"open\""), F("read", "=", "false")), Group("AND", F("priority", "=", "\"high\""), F("open", "=", "true"))));
            // PowerShell's -and and -or have equal precedence, left to right: (a -or b) -and c.
            yield return Row("conversation", "$_.state -eq 'open' -or $_.state -eq 'snoozed' -and $_.read -eq $false",
                Group("AND", Group("AND", F("read", "=", "false")), Group("OR", F("state", "=", "\"open\""), F("state", "=", "\"snoozed\""))));
            yield return Row("contact", "$_.created_at -ge $d -and $_.created_at -lt $d.AddDays(7)",
                Group("AND", F("created_at", ">", (D - 93600).ToString()), F("created_at", "<", (D + 7 * 86400 + 93600).ToString())));
            yield return Row("contact", string.Join(" -and ", Enumerable.Range(1, 15).Select(i => $"$_.custom_attributes.a{i} -eq {i}")),
                Group("AND", Enumerable.Range(1, 15).Select(i => F($"custom_attributes.a{i}", "=", i.ToString())).ToArray()));
        }

        private static object[] Row(string target, string filter, string expected) => new object[] { target, filter, expected };

        [Theory]
        [MemberData(nameof(Translations))]
        public void Filter_translates_to_the_expected_query(string target, string filter, string expected)
        {
            var noun = target == "contact" ? "Contact" : "Conversation";
            var json = _session.Run($"Search-Intercom{noun} -Filter {{ {filter} }} -ShowQuery").AssertNoErrors().Single<string>();
            Assert.Equal(expected, json);
        }

        [Fact]
        public void Variables_are_read_from_the_callers_scope()
        {
            var json = _session.Run("function Find-Open { param($wanted) $local = $wanted; Search-IntercomConversation -Filter { $_.state -eq $local } -ShowQuery }; Find-Open 'snoozed'")
                .AssertNoErrors().Single<string>();
            Assert.Equal(F("state", "=", "\"snoozed\""), json);
        }

        [Fact]
        public void Sub_expressions_are_evaluated_once_not_per_object()
        {
            var result = _session.Run(@"
                $script:evaluations = 0
                function Next-Count { $script:evaluations++; 3 }
                $found = @(Search-IntercomConversation -Filter { $_.custom_attributes.order_count -gt (Next-Count) })
                [pscustomobject]@{ Found = $found.Count; Evaluations = $script:evaluations }").AssertNoErrors();
            var row = result.Output.Single();
            Assert.True((int)row.Properties["Found"].Value > 1);
            Assert.Equal(1, (int)row.Properties["Evaluations"].Value);
        }

        [Fact]
        public void Filter_combines_with_the_contact_conveniences_into_one_group()
        {
            var json = _session.Run("Search-IntercomContact -Filter { $_.custom_attributes.plan -eq 'pro' -and $_.name -like 'A*' } -Role user -Email 'a@example.com' -ShowQuery")
                .AssertNoErrors().Single<string>();
            Assert.Equal(Group("AND", F("custom_attributes.plan", "=", "\"pro\""), F("name", "^", "\"A\""), F("email", "=", "\"a@example.com\""), F("role", "=", "\"user\"")), json);
        }

        [Fact]
        public void Filter_combines_with_Query_and_a_range()
        {
            var json = _session.Run("Search-IntercomConversation -Filter { $_.state -eq 'open' -or $_.priority -eq 'high' } -Query @{ field = 'read'; operator = '='; value = $false } " +
                                    "-Since '2026-01-10T00:00:00Z' -Until '2026-01-11T00:00:00Z' -ShowQuery").AssertNoErrors().Single<string>();
            Assert.Equal(Group("AND",
                Group("AND", F("read", "=", "false")),
                Group("OR", F("state", "=", "\"open\""), F("priority", "=", "\"high\"")),
                Group("AND", F("created_at", ">", (D - 1).ToString()), F("created_at", "<", (D + 86400).ToString()))), json);
        }

        [Fact]
        public void A_script_block_in_the_Query_position_is_a_filter()
        {
            var json = _session.Run("Search-IntercomContact { $_.role -eq 'lead' } -ShowQuery").AssertNoErrors().Single<string>();
            Assert.Equal(F("role", "=", "\"lead\""), json);
            var error = _session.CatchTerminating("Search-IntercomConversation -Filter { $_.state -eq 'open' } -Query { $_.read -eq $true } -ShowQuery");
            Assert.Contains("a Where-Object style script block goes to -Filter", error.Exception.Message);
        }

        [Fact]
        public void Filter_alone_is_enough_to_search()
        {
            var ids = _session.Run("Search-IntercomConversation -Filter { $_.state -eq 'snoozed' } | ForEach-Object State").AssertNoErrors().Output;
            Assert.NotEmpty(ids);
            Assert.All(ids, state => Assert.Equal("snoozed", state.ToString()));
        }

        public static IEnumerable<object[]> Rejections()
        {
            yield return Reject("conversation", "$_.title.StartsWith('a')", "a method call on $_", "$_.title.StartsWith('a')");
            yield return Reject("conversation", "$_.title.Trim() -eq 'a'", "a method call on $_", "$_.title.Trim()");
            yield return Reject("conversation", "$_.title -match 'ab+c'", "the operator -match", "regular expressions");
            yield return Reject("conversation", "$_.title -notmatch 'x'", "the operator -notmatch", "regular expressions");
            yield return Reject("conversation", "-not ($_.state -eq 'open' -or $_.state -eq 'closed')", "-not", "opposite operator");
            yield return Reject("conversation", "!($_.state -eq 'open')", "-not", "opposite operator");
            yield return Reject("conversation", "$_.title -like 'ab*cd'", "the pattern 'ab*cd'", "not with a * in the middle");
            yield return Reject("conversation", "$_.title -like 'a?c'", "the pattern 'a?c'", "single-character");
            yield return Reject("conversation", "$_.title -like '[ab]*'", "the pattern '[ab]*'", "[set]");
            yield return Reject("conversation", "$_.title -like '*'", "the pattern '*'", "matches every value");
            yield return Reject("conversation", "$_.title -notlike 'ab*'", "-notlike 'ab*'", "does not start/end with");
            yield return Reject("conversation", "$_.state -ceq 'open'", "the case-sensitive operator -ceq", "case-insensitively");
            yield return Reject("conversation", "$_.title -clike 'a*'", "the case-sensitive operator -clike", "case-insensitively");
            yield return Reject("conversation", "'open' -cin $_.state", "the case-sensitive operator -cin", "case-insensitively");
            yield return Reject("conversation", "$_.state -eq 'open' -or ($_.read -eq $true -and ($_.priority -eq 'high' -or $_.open -eq $true))",
                "a third level of -and/-or", "'$_.priority -eq 'high' -or $_.open -eq $true'");
            yield return Reject("conversation", string.Join(" -or ", Enumerable.Range(1, 16).Select(i => $"$_.custom_attributes.order_count -eq {i}")),
                "16 conditions joined by -or", "use -in");
            yield return Reject("contact", "$_.created_at -ne $d", "-ne on the contact date field 'created_at'", "only =, < and >");
            yield return Reject("contact", "$_.created_at -in $d, $d.AddDays(1)", "-in on the contact date field 'created_at'", "only =, < and >");
            yield return Reject("conversation", "$_.created_at -eq $d.AddMilliseconds(500)", "-eq with a date that has a fraction of a second", "whole seconds");
            yield return Reject("conversation", "$_.created_at -like '2026*'", "a text match on the date field 'created_at'", "-eq, -gt");
            yield return Reject("conversation", "$_.state -eq $notDefinedAnywhere", "the variable $notDefinedAnywhere", "not set");
            yield return Reject("conversation", "$_.title -eq $_.state", "a comparison of $_ with itself", "not with another field");
            yield return Reject("conversation", "'a' -eq 'a'", "a comparison that does not involve $_", "$_.state -eq 'open'");
            yield return Reject("conversation", "$_.open", "a bare field", "$_.open -eq $true");
            yield return Reject("conversation", "$_.tag_ids[0] -eq '1'", "an index into $_", "-contains");
            yield return Reject("conversation", "$_ -eq 'x'", "$_ itself", "one of its fields");
            yield return Reject("conversation", "$_.state -eq 'open'; $_.read -eq $true", "a second statement", "single condition");
            yield return Reject("conversation", "Get-Item .", "a command or statement", "not a command");
            yield return Reject("conversation", "$_.state -eq ('open','closed')", "-eq with 2 values", "use -in");
            yield return Reject("conversation", "$_.custom_attributes.order_count -gt 2.5", "the condition on 'custom_attributes.order_count'", "must be a string, an integer or a boolean");
            yield return Reject("conversation", "$_.custom_attributes.order_count -gt (1 / 0)", "the value of the expression", "Evaluating it failed");
            yield return Reject("conversation", "$_.state -in @()", "-in with an empty list", "at least one value");
            yield return Reject("conversation", "$_.state -like 5", "-like with a value that is not a string", "pattern is text");
            yield return Reject("conversation", "'x' -like $_.title", "-like with $_ on the right", "Put the field on the left");
            // Joined by -or to a widened date condition, a field searched conversations do not carry in full cannot be checked exactly.
            yield return Reject("conversation", "$_.created_at -ge $d -or $_.tag_ids -contains '1'", "the condition on 'tag_ids'", "Join it with -and");
        }

        private static object[] Reject(string target, string filter, string construct, string hint) => new object[] { target, filter, construct, hint };

        [Theory]
        [MemberData(nameof(Rejections))]
        public void Untranslatable_filters_are_rejected_with_construct_position_and_advice(string target, string filter, string construct, string hint)
        {
            var noun = target == "contact" ? "Contact" : "Conversation";
            var prefix = $"Search-Intercom{noun} -Filter {{ ";
            var error = _session.CatchTerminating(prefix + filter + " } -ShowQuery");
            Assert.Equal("InvalidFilter,IntercomPS.Cmdlets.SearchIntercom" + noun + "Command", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            var message = error.Exception.Message;
            Assert.Contains("-Filter cannot translate " + construct + " at line 2, column ", message);
            Assert.Contains(hint, message);
            Assert.Contains("-Query", message);
        }

        [Fact]
        public void The_position_points_at_the_construct()
        {
            var error = _session.CatchTerminating("Search-IntercomConversation -Filter {\n    $_.state -eq 'open' -and\n    $_.title.ToUpper() -eq 'X' } -ShowQuery");
            Assert.Contains("a method call on $_ at line 4, column 5: '$_.title.ToUpper()'", error.Exception.Message);
        }

        [Fact]
        public void A_rejected_filter_sends_nothing()
        {
            var result = _session.Run(@"
                $before = (Get-IntercomConnection).Sandbox.Log.Count('POST /conversations/search')
                try { Search-IntercomConversation -Filter { $_.title -match 'x' } } catch { }
                (Get-IntercomConnection).Sandbox.Log.Count('POST /conversations/search') - $before").AssertNoErrors();
            Assert.Equal(0, Convert.ToInt32(result.Output.Single().BaseObject));
        }
    }
}
