# expect: crash
"""Speech emotion recognition with entropy-minimisation test-time adaptation on each new speaker."""
import torch

from ser.adapt import adapt_to_speaker, score
from ser.model import EmotionLSTM
from ser.train import train


def main():
    torch.manual_seed(36)
    model = EmotionLSTM()
    train(model, torch.randn(6, 10, 8), torch.randint(0, 4, (6,)), steps=2)
    new_speaker = torch.randn(3, 10, 8)
    print("before", score(model, new_speaker).tolist())
    adapt_to_speaker(model, new_speaker)
    print("after", score(model, new_speaker).tolist())


if __name__ == "__main__":
    main()
