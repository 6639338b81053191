# expect: crash
"""Few-shot delay forecasting for night-train routes.

Each route is a task: a handful of past journeys (support) and the next few
(query).  The delay model is meta-trained with second-order MAML so that a few
steps on a new route's support set adapt it.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from sleeper import DelayRNN, MetaLearner, sample_routes  # noqa: E402


def main():
    torch.manual_seed(5)
    model = DelayRNN(n_feats=4, hidden=8)
    learner = MetaLearner(model, inner_lr=0.05, inner_steps=2, first_order=False)
    outer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(3):
        tasks = sample_routes(n_tasks=3)
        meta_loss = learner.outer_step(tasks, outer)
        print(f"meta-iter {it} query loss {meta_loss:.4f}")


if __name__ == "__main__":
    main()
