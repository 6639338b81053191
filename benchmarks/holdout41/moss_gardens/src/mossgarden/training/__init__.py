from .loop import fit, sensor_batches

__all__ = ["fit", "sensor_batches"]
