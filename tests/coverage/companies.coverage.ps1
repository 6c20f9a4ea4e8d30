# Invocations of the company cmdlets for the API coverage test; see README.md.
@(
    # Every company comes through the scroll API, which Prism's example never ends (each page hands out the same
    # company and a next scroll_param): Select-Object stops it after the one company there is.
    @{ Cmdlet = 'Get-IntercomCompany'; Script = { Get-IntercomCompany | Select-Object -First 1 } }
    # -First reads the company list instead.
    @{ Cmdlet = 'Get-IntercomCompany'; Script = { Get-IntercomCompany -First 2 } }
    @{ Cmdlet = 'Get-IntercomCompany'; Script = { Get-IntercomCompany -Id 6762f0971bb69f9f2193bb2b } }
    @{ Cmdlet = 'Get-IntercomCompany'; Script = { Get-IntercomCompany -CompanyId remote_companies_scroll_2 } }
)
