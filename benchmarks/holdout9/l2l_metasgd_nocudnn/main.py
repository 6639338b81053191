# expect: clean
"""learn2learn-style MetaSGD with second-order adaptation, run with cuDNN switched off around every
forward that the meta-gradient differentiates twice (a decorator from utils)."""
import torch

from meta.learner import MetaSGD
from meta.loop import meta_train_step
from utils.models import build

if __name__ == "__main__":
    torch.manual_seed(1)
    model = build("lstm_regressor", in_dim=2, hidden=6)
    meta = MetaSGD(model, lr=0.05)
    opt = torch.optim.SGD(meta.parameters(), lr=1e-2)
    for step in range(3):
        print(step, meta_train_step(meta, opt, n_tasks=2))
