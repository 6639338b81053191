# expect: crash
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from marina import MooringLoad, per_sample_grad_norms  # noqa: E402

torch.manual_seed(0)
model = MooringLoad()
x, y = torch.randn(4, 6, 3), torch.randn(4)
norms = per_sample_grad_norms(model, x, y)
print("noisy samples:", (norms > norms.median()).nonzero().flatten().tolist())
