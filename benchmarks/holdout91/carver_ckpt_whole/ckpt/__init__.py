from .io import export_for_serving, load_exported

__all__ = ["export_for_serving", "load_exported"]
