# expect: clean
"""Test-time adaptation wrapped by `@dropout_off`, a `functools.wraps` decorator of another package: only the
dropout layer is in eval mode around the adaptation's backward; scoring runs under `@evaluating` without one."""
import torch

from tta.adapt import adapt_to_speaker, score
from tta.model import EmotionLSTM

if __name__ == "__main__":
    model = EmotionLSTM()
    speaker = torch.randn(3, 10, 8)
    print("before", score(model, speaker).tolist())
    adapt_to_speaker(model, speaker)
    print("after", score(model, speaker).tolist())
