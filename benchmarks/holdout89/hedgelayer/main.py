# expect: crash
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch

from hedgelayer import PleacherModel, run_training

torch.manual_seed(8)
batches = [(torch.randn(4, 6, 5), torch.randint(0, 2, (4,))) for _ in range(3)]
run_training(PleacherModel(), batches)
