# expect: crash
"""Pinsetter jam forecasting for a bowling alley: sequences of sweep-arm
currents per frame, predict a jam in the next frame."""
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from pinsetter import JamNet, run_training  # noqa: E402


def main():
    torch.manual_seed(4)
    lanes = {}
    for lane in range(4):
        x = torch.randn(6, 8, 3)
        lanes[lane] = (x, (x[:, -1, 0] > 0).float())
    model = JamNet(3, 8)
    hist = run_training(model, lanes, epochs=3, closed_lanes={2})
    print(hist)


if __name__ == "__main__":
    main()
