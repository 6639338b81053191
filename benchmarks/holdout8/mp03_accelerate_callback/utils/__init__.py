from .accel import Accelerator
from .data import toy_regression_batches
