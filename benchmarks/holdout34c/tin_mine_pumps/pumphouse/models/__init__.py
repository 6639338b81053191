from .shaft import ShaftLevelLSTM

__all__ = ["ShaftLevelLSTM"]
