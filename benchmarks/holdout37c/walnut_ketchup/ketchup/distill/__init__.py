from .runner import DistillRunner
