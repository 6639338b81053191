from .models import RecallModel
from .train import train_bird, telemetry
