# expect: crash
"""Sextant sight-reduction error model: a trainer with callbacks registered in a list."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "src"))

import torch  # noqa: E402

from sextant import SightModel, Trainer  # noqa: E402
from sextant.callbacks import CSVLogger, SaliencyLogger  # noqa: E402


def main():
    torch.manual_seed(12)
    model = SightModel()
    trainer = Trainer(model, callbacks=[CSVLogger("sextant_metrics.csv"), SaliencyLogger(every=1)])
    data = [(torch.randn(4, 5, 3), torch.randn(4, 1)) for _ in range(3)]
    try:
        trainer.fit(data, data[:1], epochs=2)
    finally:
        if os.path.exists("sextant_metrics.csv"):
            os.remove("sextant_metrics.csv")


if __name__ == "__main__":
    main()
