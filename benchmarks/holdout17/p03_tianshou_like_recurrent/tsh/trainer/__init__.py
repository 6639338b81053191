from .onpolicy import onpolicy_trainer

__all__ = ["onpolicy_trainer"]
