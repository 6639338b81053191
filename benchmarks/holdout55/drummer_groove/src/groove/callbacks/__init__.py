from .basic import ValidationCallback, PrintCallback
