from .engine.runner import StepRunner
from .nets.phase import PhaseClassifier
from .probes.fisher import FisherProbe

__all__ = ["StepRunner", "PhaseClassifier", "FisherProbe"]
