from .data import tap_batches
from .regularise import quieten
