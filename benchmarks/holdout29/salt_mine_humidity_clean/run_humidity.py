# expect: clean
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
from saltmine import HumidityGRU, Loop  # noqa: E402

torch.manual_seed(5)
x, y = torch.randn(6, 8, 4), torch.randn(6, 4)
print("val", Loop(HumidityGRU()).run(x, y))
