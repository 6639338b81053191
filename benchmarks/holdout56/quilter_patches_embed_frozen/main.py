# expect: clean
import pathlib
import sys

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))
from quilt import PatchSequenceModel, fit  # noqa: E402

torch.manual_seed(6)
model = PatchSequenceModel()
batches = [(torch.randint(0, 20, (4, 10)), torch.randint(0, 2, (4,)).float()) for _ in range(3)]
fit(model, batches)
