# expect: clean
"""Snow-fence drift depth: fine-tune a pretrained model on a new ridge with the normalisation statistics frozen."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from snowfence.models import DriftModel  # noqa: E402
from snowfence.training import FineTuner  # noqa: E402


def ridge_data(n=8, hours=6):
    static = torch.randn(n, 4)          # fence porosity, height, aspect, fetch
    wind = torch.randn(n, hours, 2)     # speed, direction
    depth = (wind[:, :, 0].clamp(min=0).sum(1) * (1 + static[:, 0].sigmoid())).unsqueeze(1)
    return static, wind, depth


if __name__ == "__main__":
    torch.manual_seed(26)
    model = DriftModel(hidden=8)
    tuner = FineTuner(model, lr=5e-3, freeze_norm=True)
    tuner.pretrain(ridge_data(16), epochs=2)
    print("val before", tuner.validate(ridge_data(4)))
    tuner.fit(ridge_data(), epochs=3)
    print("val after", tuner.validate(ridge_data(4)))
