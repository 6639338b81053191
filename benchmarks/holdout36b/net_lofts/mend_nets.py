# expect: crash
"""Net-loft mesh-tension model: predicts where a drying herring net will tear from winch load traces.

A smoothness penalty on the input gradient keeps predictions stable under small load jitter.
"""
import torch

from netloft.runner import Runner, RunState
from netloft.losses import tear_loss, input_smoothness
from netloft.models import TearNet


def main():
    torch.manual_seed(21)
    state = RunState(models={"tear": TearNet(n_in=3, hidden=8)}, lam=0.1)
    runner = Runner(state, losses=[tear_loss, input_smoothness])
    for epoch in range(2):
        batches = [(torch.randn(4, 9, 3), torch.rand(4, 9)) for _ in range(2)]
        print(f"epoch {epoch}: {runner.run_epoch(batches):.4f}")


if __name__ == "__main__":
    main()
