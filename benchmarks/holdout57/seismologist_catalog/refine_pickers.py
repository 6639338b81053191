# expect: crash
"""Build a detection catalogue for a small seismic network, then refine one picker
on freshly hand-labelled traces from the busiest station."""
import torch

from seismo import Catalog, Network, refine


def main():
    torch.manual_seed(5)
    network = Network.synthetic(["KIR", "ABK", "SOD"], channels=3, hidden=8)
    catalog = Catalog.build(network, phase="P")
    print("events per station", catalog.counts(window=10))

    busiest = max(network.stations.values(), key=lambda s: s.traffic)
    losses = refine(busiest.pickers["P"], busiest.labelled_traces(n=8), steps=3)
    print("refined", busiest.code, [round(l, 3) for l in losses])


if __name__ == "__main__":
    main()
