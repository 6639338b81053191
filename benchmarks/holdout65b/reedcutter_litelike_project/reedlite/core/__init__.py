from reedlite.core.module import LiteModule
from reedlite.core.trainer import LiteTrainer
