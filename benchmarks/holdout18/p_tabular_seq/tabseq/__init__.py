from .config import ModelConfig, TrainerConfig
from .tabular_model import TabularModel
