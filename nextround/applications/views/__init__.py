"""Web pages for applications, companies, contacts and interviews; thin over actions and queries."""
