# expect: clean
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "src"))
from saltworks import BrineClassifier, ConsistencyTrainer  # noqa: E402

torch.manual_seed(9)
model = BrineClassifier()
trainer = ConsistencyTrainer(model)
for it in range(3):
    xl, yl = torch.randn(4, 7, 3), torch.randint(0, 4, (4,))
    xu = torch.randn(6, 7, 3)
    print(it, trainer.step(xl, yl, xu))
