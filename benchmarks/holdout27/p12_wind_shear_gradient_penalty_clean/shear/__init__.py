from .models import ShearCritic, ProfileGenerator
from .losses import gradient_penalty
