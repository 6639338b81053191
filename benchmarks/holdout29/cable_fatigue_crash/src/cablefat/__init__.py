from .models import build_model
from .train import Runner
