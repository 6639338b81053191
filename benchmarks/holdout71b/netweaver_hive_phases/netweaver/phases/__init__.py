from .fit import fit_phase
from .probe import probe_phase

PHASES = {"fit": fit_phase, "probe": probe_phase}

__all__ = ["PHASES"]
