# expect: crash
"""Glassblowing furnaces: predict the glory-hole temperature drift from the
last minutes of burner readings. Training adds a smoothness penalty on the
input gradient (double backward) so the controller reacts gently.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from furnace import RunBuilder  # noqa: E402


def main():
    run = (RunBuilder()
           .seed(11)
           .model(kind="gru", hidden=8, inputs=4)
           .optimiser("adam", lr=2e-3)
           .penalty("input_grad", weight=0.1)
           .epochs(2)
           .build())
    history = run.fit()
    print("losses", [round(h, 4) for h in history])


if __name__ == "__main__":
    main()
