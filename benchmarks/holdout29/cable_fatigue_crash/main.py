# expect: crash
import json
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))
from cablefat import Runner, build_model  # noqa: E402

CFG = json.loads('{"d": 3, "h": 8, "deterministic_init": true, "steps": 2, "call_train": false}')
torch.manual_seed(17)
x, y = torch.randn(4, 10, 3), torch.randn(4, 1)
print(Runner(build_model(CFG), CFG).fit(x, y))
