# expect: crash
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

import torch  # noqa: E402

from groomer import PisteTrainer, PisteNet  # noqa: E402

t = PisteTrainer(PisteNet())
x, y = torch.randn(6, 9, 4), torch.randint(0, 3, (6,))
print(t.fit(x, y))
