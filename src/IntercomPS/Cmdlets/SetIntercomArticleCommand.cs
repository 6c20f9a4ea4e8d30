using System.Management.Automation;
using IntercomPS.Engine.Models;
using IntercomPS.Engine.Resources.Declarations;
using IntercomPS.Infrastructure;

namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each article; the fields not given stay as they are.</summary>
    [Cmdlet(VerbsCommon.Set, "IntercomArticle", HelpUri = HelpUris.Cmdlets + "Set-IntercomArticle.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Article))]
    public sealed class SetIntercomArticleCommand : ArticleChangeCmdlet
    {
        internal override ApiOperation Operation => IntercomResources.Articles.Update!;

        protected override string Action => "Update article";
    }
}
