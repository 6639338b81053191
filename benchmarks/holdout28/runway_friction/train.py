# expect: crash
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "src"))

import torch  # noqa: E402

from runway import Engine, FrictionGRU  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(0)
    x, y = torch.randn(6, 8, 4), torch.rand(6, 1)
    engine = Engine(FrictionGRU(4, 8), lr=1e-2)
    print(engine.fit(x, y, epochs=2))
