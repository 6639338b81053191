from .gates import sample_gates
