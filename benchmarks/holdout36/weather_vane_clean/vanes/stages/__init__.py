from .pretrain import pretrain
from .snapshot import export_snapshot
from .site import resume_on_site

__all__ = ["pretrain", "export_snapshot", "resume_on_site"]
