from .model import DroneTuner
from .stream import batch_stream
from .probe import ProbeLog
