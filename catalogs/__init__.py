"""The shipped data of Leerroute: demo catalogues, sample learners, sample badges and the JSON Schemas.

Installed as the package ``leerroute_catalogs`` (see ``pyproject.toml``) so that an installed copy
can run its own demo; read it through :mod:`planner.shipped`, never by path.
"""
