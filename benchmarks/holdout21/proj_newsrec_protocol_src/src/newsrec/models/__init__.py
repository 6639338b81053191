from newsrec.models.user import GRUUserModel

__all__ = ["GRUUserModel"]
