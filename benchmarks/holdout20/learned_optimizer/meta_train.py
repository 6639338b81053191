# expect: crash
"""Learning to learn by gradient descent by gradient descent, on GRU optimizees.

A coordinate-wise two-layer LSTM proposes parameter updates from gradients;
it is meta-trained by unrolling a few optimizee steps and backpropagating the
sum of optimizee losses into the optimiser.
"""
import torch

from l2o.optimizee import GRURegressor, sample_task
from l2o.optimizer import LSTMOptimizer
from l2o.unroll import meta_train


def main():
    torch.manual_seed(14)
    opt_net = LSTMOptimizer(hidden=8)
    meta_train(opt_net, lambda: GRURegressor(hidden=4), sample_task, epochs=2, unroll=3)


if __name__ == "__main__":
    main()
