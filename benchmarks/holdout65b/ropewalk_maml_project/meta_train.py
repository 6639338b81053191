# expect: crash
"""Second-order MAML across rope-walk batches (each batch of hemp twists differently)."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from ropewalk import MetaLearner, TwistNet, sample_task  # noqa: E402

if __name__ == "__main__":
    g = torch.Generator().manual_seed(10)
    torch.manual_seed(10)
    learner = MetaLearner(TwistNet(), inner_steps=2)
    for it in range(3):
        tasks = [sample_task(gen=g) for _ in range(3)]
        print(it, learner.meta_step(tasks))
