namespace IntercomPS.Cmdlets
{
    /// <summary>Changes the fields given of each internal article; the fields not given stay as they are.</summary>
    [IdParameter("InternalArticleId", ValueFromPipeline = false)]
    [PassThruParameter]
    [OptionalParametersOf(typeof(NewIntercomInternalArticleCommand))]
    public sealed partial class SetIntercomInternalArticleCommand : ContentChangeCmdlet<InternalArticle>
    {
        internal override ResourceDescriptor Resource => IntercomResources.InternalArticles;
    }
}
