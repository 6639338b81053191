from .metrics import evaluate
from .attribution import integrated_gradients
