# expect: crash
"""MC-dropout / BALD active learning loop (baal-style) with an EGL re-ranking stage.

BALD puts the model in eval and re-enables only nn.Dropout (enable_dropout); the
EGL stage then backpropagates a loss per candidate to measure gradient length,
through the LSTM that is still in eval mode.
"""
import torch

from al.learner import Learner
from al.strategies import get_strategy


def main():
    torch.manual_seed(7)
    pool_x = torch.randn(30, 8, 5)
    oracle_y = torch.randint(0, 2, (30,))
    labelled = list(range(6))
    learner = Learner.from_config({"hidden": 10, "p": 0.3, "epochs": 2})
    strategy = get_strategy("bald+egl", mc_samples=4, prefilter=6)
    for rnd in range(2):
        learner.fit(pool_x[labelled], oracle_y[labelled])
        unlabelled = [i for i in range(len(pool_x)) if i not in labelled]
        picked = strategy.query(learner, pool_x[unlabelled], n=3)
        labelled += [unlabelled[i] for i in picked]
        print("round", rnd, "labelled", len(labelled))


if __name__ == "__main__":
    main()
