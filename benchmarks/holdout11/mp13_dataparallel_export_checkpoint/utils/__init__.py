from .export import export_bundle
from .recompute import CheckpointedBlock

__all__ = ["CheckpointedBlock", "export_bundle"]
