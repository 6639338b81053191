from .pretrain import pretrain
from .snapshot import snapshot
from .distill import distill
