from .flow import FlowTask

__all__ = ["FlowTask"]
