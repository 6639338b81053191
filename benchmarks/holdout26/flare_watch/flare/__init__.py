from .models import FlareLSTM
from .ensembles import average_members, finetune, train_member

__all__ = ["FlareLSTM", "average_members", "finetune", "train_member"]
