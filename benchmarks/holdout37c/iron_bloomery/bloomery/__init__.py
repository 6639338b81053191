from .models import SlagGRU
from .tasks import SmoothBloomTask
from .utils import furnace_batches

__all__ = ["SlagGRU", "SmoothBloomTask", "furnace_batches"]
