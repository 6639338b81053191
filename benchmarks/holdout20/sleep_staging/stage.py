# expect: clean
"""EEG sleep staging (DeepSleepNet-like): per-epoch CNN features then a BiLSTM
over the night for sequence-level context. When fine-tuning on a new cohort the
BatchNorm statistics are kept from pre-training via a mixin that overrides
train()."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from sleepnet.nn import SleepStager  # noqa: E402
from sleepnet.train import finetune  # noqa: E402

if __name__ == "__main__":
    torch.manual_seed(11)
    model = SleepStager(n_channels=2, hidden=8, n_stages=5)
    nights = [(torch.randn(2, 6, 2, 30), torch.randint(0, 5, (2, 6))) for _ in range(2)]
    finetune(model, nights, epochs=2)
