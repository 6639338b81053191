from .models import LevelForecaster
from .engine import Stage, run_stages
