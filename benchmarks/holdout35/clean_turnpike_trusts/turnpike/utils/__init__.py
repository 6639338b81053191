from .checkpoints import export_for_gatehouse, restore

__all__ = ["export_for_gatehouse", "restore"]
