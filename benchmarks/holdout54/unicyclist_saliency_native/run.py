# expect: clean
"""Unicyclist fall prediction from seat-post IMU: will the rider fall in the next second?"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from unicycle import BalanceNet, SaliencyLogger, Trainer, synthetic_rides  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(18)
    train, val = synthetic_rides(16, seed=0), synthetic_rides(8, seed=1)
    trainer = Trainer(BalanceNet(channels=6, hidden=10), epochs=2,
                      callbacks=[SaliencyLogger(every=1)])
    trainer.fit(train, val)
    print("saliency peaks", trainer.logged["saliency_peak"])
