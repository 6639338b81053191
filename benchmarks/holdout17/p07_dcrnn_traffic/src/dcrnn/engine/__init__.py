from .supervisor import DCRNNSupervisor

__all__ = ["DCRNNSupervisor"]
