# Invocations of Invoke-IntercomRequest for the API coverage test; see README.md. Its requests are checked like every
# other's, but an operation reached only through it does not count as typed.
@(
    @{ Cmdlet = 'Invoke-IntercomRequest'; Script = { Invoke-IntercomRequest GET tags/102 } }
    @{ Cmdlet = 'Invoke-IntercomRequest'; Script = { Invoke-IntercomRequest GET data_attributes -Query @{ model = 'company'; include_archived = 'false' } } }
    @{ Cmdlet = 'Invoke-IntercomRequest'; Script = { Invoke-IntercomRequest POST conversations/search -Body @{ query = @{ field = 'state'; operator = '='; value = 'open' } } } }
    @{ Cmdlet = 'Invoke-IntercomRequest'; Script = { Invoke-IntercomRequest GET conversations -Query @{ per_page = 5 } -Paginate | Select-Object -First 3 } }
)
