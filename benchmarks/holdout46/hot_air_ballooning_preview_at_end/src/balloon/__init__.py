from .model import EnvelopeNet, flight_logs
from .engine import Engine
from .callbacks import build_callbacks
