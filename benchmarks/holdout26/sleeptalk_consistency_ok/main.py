# expect: clean
"""Sleep-talk detection: consistency training with a gradient-norm smoothness penalty (cuDNN off for the double backward)."""
import torch

from detector import TalkGRU
from objectives import smooth_consistency_loss


def main():
    torch.manual_seed(8)
    model = TalkGRU()
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    frames, labels = torch.randn(3, 16, 8), (torch.rand(3, 16) > 0.7).float()
    for step in range(2):
        model.train()
        with torch.backends.cudnn.flags(enabled=False):
            loss = smooth_consistency_loss(model, frames, labels)
            opt.zero_grad()
            loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
