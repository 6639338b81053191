# expect: clean
"""Sexton's frost-depth classifier: can a grave be dug tomorrow?

Each night the sensors give soil temperature at three depths and air
temperature.  A labelled winter trains the model; then each unlabelled week
is pseudo-labelled by the model in eval mode and used for one more step.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from churchyard import FrostModel, SelfTrainer, winter_nights  # noqa: E402


def main():
    torch.manual_seed(13)
    model = FrostModel(hidden=10)
    st = SelfTrainer(model, lr=4e-3)
    st.supervised(winter_nights(24, seed=0, labelled=True), epochs=2)
    for week in range(3):
        x = winter_nights(8, seed=50 + week)
        print("week", week, "pseudo loss", round(st.pseudo_step(x), 4))


if __name__ == "__main__":
    main()
