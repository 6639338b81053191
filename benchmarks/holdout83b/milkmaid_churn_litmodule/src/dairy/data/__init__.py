from .synthetic import torque_batches
