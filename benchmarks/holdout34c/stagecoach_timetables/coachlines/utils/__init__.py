from .export import export_for_inference, load_exported, cleanup

__all__ = ["export_for_inference", "load_exported", "cleanup"]
