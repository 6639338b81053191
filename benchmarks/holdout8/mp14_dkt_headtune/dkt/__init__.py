from .model import DKT
from .evaluate import auc_like
from .finetune import tune_output_layer
