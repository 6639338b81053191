from .models import Pipeline
from .training import fit, sensor_batches

__all__ = ["Pipeline", "fit", "sensor_batches"]
