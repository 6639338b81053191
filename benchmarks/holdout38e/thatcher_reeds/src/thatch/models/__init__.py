from .reeds import ReedModule, reed_loader

__all__ = ["ReedModule", "reed_loader"]
