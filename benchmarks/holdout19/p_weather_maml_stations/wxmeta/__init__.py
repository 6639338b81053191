from .model import StationForecaster
from .tasks import sample_station_task
from .maml import meta_train_step

__all__ = ["StationForecaster", "sample_station_task", "meta_train_step"]
