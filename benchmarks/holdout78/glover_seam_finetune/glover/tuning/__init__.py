from .modes import deterministic_finetune_mode
