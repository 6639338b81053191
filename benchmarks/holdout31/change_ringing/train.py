# expect: clean
"""Change ringing: predict each bell's striking error in the next row from
the previous rows (handstroke/backstroke gaps). The trainer rolls back to its
best snapshot when validation stalls and keeps training. The entry only
wires things up and calls fit()."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from ringing import StrikingNet, RingingTrainer, Rollback, touches  # noqa: E402


def main():
    torch.manual_seed(89)
    model = StrikingNet(bells=6, hidden=10)
    trainer = RingingTrainer(model, lr=5e-3, callbacks=[Rollback(patience=0)])
    print(trainer.fit(touches(seed=0, n=12), touches(seed=1, n=6), epochs=5))


if __name__ == "__main__":
    main()
