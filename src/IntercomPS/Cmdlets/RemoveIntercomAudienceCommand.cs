namespace IntercomPS.Cmdlets
{
    /// <summary>Deletes audiences. ConfirmImpact High: a deleted audience cannot be brought back, and content targeted with it loses its target.</summary>
    [OutputType(typeof(void))]
    // -AudienceId: Bound from piped objects by AudienceId only (not Id), so piping another kind of object deletes nothing.
    [IdParameter(Name = "AudienceId", ValueFromPipeline = false)]
    public sealed partial class RemoveIntercomAudienceCommand : ObjectChangeCmdlet<Audience>
    {
        internal override ResourceDescriptor Resource => IntercomResources.Audiences;
    }
}
