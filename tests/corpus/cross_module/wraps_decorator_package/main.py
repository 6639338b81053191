# expect: crash
# fix: cudnn
"""Test-time adaptation wrapped by `@evaluating`, a `functools.wraps` decorator of another package: the
wrapper puts the model in eval mode around the adaptation's own backward (the LSTM's weights still need grad)."""
import torch

from tta.adapt import adapt_to_speaker, score
from tta.model import EmotionLSTM

if __name__ == "__main__":
    model = EmotionLSTM()
    speaker = torch.randn(3, 10, 8)
    print("before", score(model, speaker).tolist())
    adapt_to_speaker(model, speaker)  # TM001-here
    print("after", score(model, speaker).tolist())
