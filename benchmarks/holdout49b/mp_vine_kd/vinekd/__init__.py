from .models import build_pair
from .distill import DistillStep
