from .models import build_model
from .engine import Engine
