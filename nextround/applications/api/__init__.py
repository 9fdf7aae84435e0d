"""JSON endpoints for companies, contacts, applications, interviews and notes (under /api/v1/).

`router` mounts the per-resource routers of companies.py (companies, contacts) and
applications.py (applications, interviews, notes); nextround.api adds it to the API.
"""

from ninja import Router

from nextround.applications.api import applications as application_routes
from nextround.applications.api import companies as company_routes

router = Router()
router.add_router("/companies", company_routes.companies)
router.add_router("/contacts", company_routes.contacts)
router.add_router("/applications", application_routes.applications)
router.add_router("/interviews", application_routes.interviews)
router.add_router("/notes", application_routes.notes)
