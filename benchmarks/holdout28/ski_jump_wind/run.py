# expect: clean
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "src"))

import torch  # noqa: E402

from skijump import Engine, WindLSTM  # noqa: E402

torch.manual_seed(1)
x, y = torch.randn(6, 8, 3), torch.randn(6, 1)
print(Engine(WindLSTM()).fit(x, y, epochs=3))
