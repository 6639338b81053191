from .sign import SignAttack

__all__ = ["SignAttack"]
