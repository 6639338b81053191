# expect: crash
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from potwheel import LitModule, Runner, WheelModel  # noqa: E402

torch.manual_seed(8)
losses = Runner(max_steps=4).fit(LitModule(WheelModel(hidden=6)))
print("losses", [round(v, 3) for v in losses])
