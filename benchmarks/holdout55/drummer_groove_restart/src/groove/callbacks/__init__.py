from .basic import ValidationCallback, PrintCallback, TrainModeCallback
