# expect: clean
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from seeing import SeeingGRU, meta_train  # noqa: E402

torch.manual_seed(3)
sites = [(torch.randn(4, 6, 2), torch.randn(4, 1)) for _ in range(3)]
print(meta_train(SeeingGRU(), sites))
