from .fit import fit_phase
from .calibrate import calibrate_phase

PHASES = {"fit": fit_phase, "calibrate": calibrate_phase}


def run_phase(name, state, spec):
    return PHASES[name](state, **spec)
