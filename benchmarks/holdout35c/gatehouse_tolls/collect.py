# expect: clean
"""Gatehouse toll takings: forecast tomorrow's carts from the last week's tally.

Early stopping watches the validation-gradient norm: when the gradient of the
validation loss w.r.t. the weights flattens out, training stops. The hook runs
that gradient in eval mode with cuDNN switched off.
"""
import torch

from tollgate import Runner, TallyGRU
from tollgate.hooks import GradNormStopper, print_epoch


def tallies(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 2, generator=g), torch.randn(4, 1, generator=g)) for _ in range(n)]


def main():
    torch.manual_seed(6)
    runner = Runner(TallyGRU(n_in=2, hidden=8), lr=1e-2)
    stopper = GradNormStopper(valid=tallies(1, seed=77)[0], patience=1, tol=1e-3)
    runner.add_handler("epoch_completed", print_epoch)
    runner.add_handler("epoch_completed", stopper)
    state = runner.run(tallies(3, seed=3), max_epochs=4)
    print("stopped after", state["epoch"] + 1, "epochs; norms", [round(n, 4) for n in stopper.norms])


if __name__ == "__main__":
    main()
