from .step import DistillStep
