# expect: clean
import pathlib
import sys

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

from lacemaker import BobbinSequencer, fit  # noqa: E402

torch.manual_seed(11)
patterns = [torch.randint(0, 12, (3, 10)) for _ in range(3)]
model = BobbinSequencer()
print("loss per epoch", [round(v, 3) for v in fit(model, patterns)])
