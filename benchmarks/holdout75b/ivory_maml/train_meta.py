# expect: crash
"""Ivory-carving chisel-force adaptation per artisan: second-order MAML over an LSTM regressor."""
import torch

from ivory import SeqRegressor, MetaLearner, sample_task

torch.manual_seed(7)

if __name__ == "__main__":
    net = SeqRegressor(n_in=2, hidden=8)
    net.train()
    learner = MetaLearner(net, inner_lr=0.1, outer_lr=1e-3, first_order=False)
    for it in range(2):
        tasks = [sample_task() for _ in range(3)]
        print(it, learner.outer_step(tasks))
