from .phases import phase_mode, during, sync_mode
