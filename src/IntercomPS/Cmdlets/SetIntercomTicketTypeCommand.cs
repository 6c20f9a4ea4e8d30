namespace IntercomPS.Cmdlets
{
    /// <summary>Changes ticket types: name, description, category, icon, internal use; -Archived $true archives one.</summary>
    [IdParameter("TicketTypeId", Completer = typeof(TicketTypeIdCompleter))]
    [FieldParameters(RequestBodies.UpdateTicketType, IntercomResources.TicketTypeChanges, FromPipeline = false, NotEmpty = "name icon", NotNull = "description")]
    public sealed partial class SetIntercomTicketTypeCommand : SetObjectCmdlet<TicketType>
    {
        internal override ResourceDescriptor Resource => IntercomResources.TicketTypes;

        protected override IReadOnlyList<string>? ChangeParameters => OperationFields;
    }
}
