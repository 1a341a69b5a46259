"""Importers and exporters. Exporters render the domain's `Letter`; importers
validate everything before a single transaction writes."""
