from .decorators import in_train_mode
