# expect: crash
"""Air-traffic trajectory prediction with input-gradient regularisation (smoothness of the
forecast w.r.t. the radar track). Train mode throughout; the penalty is a double backward."""
import torch

from airtraffic.engine import Engine
from airtraffic.model import TrackSeq


def main():
    torch.manual_seed(0)
    engine = Engine(TrackSeq(), penalty=0.1)
    for step in range(2):
        print(step, engine.step(torch.randn(4, 6, 3), torch.randn(4, 3)))


if __name__ == "__main__":
    main()
