# expect: clean
"""VarMisuse-style slot filling with a Gated Graph Neural Network.

Node states are propagated with a GRUCell over typed edges, then a GRU reads the
candidate variables in source order. Validation happens mid-epoch; the helper
remembers the mode and restores it.
"""
import torch

from ggnn.data import make_graphs
from ggnn.model import GGNNVarMisuse
from ggnn.train import Runner


def main():
    torch.manual_seed(3)
    model = GGNNVarMisuse(hidden=8, n_edge_types=2, steps=3)
    runner = Runner(model, lr=1e-2, eval_every=2)
    runner.run(make_graphs(5), make_graphs(2))


if __name__ == "__main__":
    main()
