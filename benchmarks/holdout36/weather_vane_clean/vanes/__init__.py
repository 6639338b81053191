from .models import GustNet
from .stages import pretrain, export_snapshot, resume_on_site

__all__ = ["GustNet", "pretrain", "export_snapshot", "resume_on_site"]
