"""Installed as the package ``leerroute`` so that ``python -m leerroute`` runs the command line."""
