from . import training, inference
