# expect: crash
"""Saddler stitch-tension tasks: second-order MAML over an LSTM regressor."""
import torch

from saddler import MetaLearner, TensionLSTM, sample_task

torch.manual_seed(5)

if __name__ == "__main__":
    learner = MetaLearner(TensionLSTM(), inner_lr=0.1, outer_lr=1e-3, first_order=False)
    for it in range(2):
        print(it, learner.outer_step([sample_task() for _ in range(2)]))
