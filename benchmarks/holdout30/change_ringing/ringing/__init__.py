from .models import Models, build_models
from .stages import pretrain, snapshot, distill
