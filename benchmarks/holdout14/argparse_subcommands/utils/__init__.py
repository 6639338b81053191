from .models import build_model
from .data import ckpt_path, make_batch, seq_loss
