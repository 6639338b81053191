# expect: crash
"""Bird-song segmentation: an abc.ABC trainer (birdseg.engine) whose hooks a subclass in another
package (birdseg_ext) fills in. Entry point."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from birdseg import SyllableBiGRU  # noqa: E402
from birdseg_ext.tagging import FramewiseTrainer  # noqa: E402


def main():
    torch.manual_seed(0)
    model = SyllableBiGRU(n_mels=8, hidden=6, n_tags=3)
    train = [(torch.randn(4, 12, 8), torch.randint(0, 3, (4, 12))) for _ in range(2)]
    val = [(torch.randn(2, 12, 8), torch.randint(0, 3, (2, 12)))]
    trainer = FramewiseTrainer(model, lr=1e-2)
    trainer.fit(train, val, epochs=2)


if __name__ == "__main__":
    main()
