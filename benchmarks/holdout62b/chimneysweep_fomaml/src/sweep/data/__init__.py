from .tasks import sample_task

__all__ = ["sample_task"]
