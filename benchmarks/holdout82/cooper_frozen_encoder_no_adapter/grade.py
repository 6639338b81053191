# expect: clean
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).parent / "src"))
import cooper  # noqa: E402

torch.manual_seed(5)
data = [(torch.randn(4, 8, 4), torch.randint(0, 3, (4,))) for _ in range(3)]
model = cooper.StaveClassifier()
print("final loss", cooper.fit_head(model, data))
