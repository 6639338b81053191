from .runtime import phase_mode, during, sync_mode
