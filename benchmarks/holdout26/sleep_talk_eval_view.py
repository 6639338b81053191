# expect: crash
"""Sleep-talk detection from bedside audio frames; an evaluation context whose __enter__ hands back the model."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class TalkDetector(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, frames):
        o, _ = self.lstm(frames)
        return self.head(o).squeeze(-1)


class EvalView:
    def __init__(self, model):
        self.model = model
        self.was = model.training

    def __enter__(self):
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self.was)
        return False


def calibrate_threshold(model, frames, labels):
    """Pick a bias shift on held-out nights by a few gradient steps on the head bias."""
    with EvalView(model) as m:
        bias = m.head.bias
        opt = torch.optim.SGD([bias], lr=0.1)
        for _ in range(3):
            loss = nn.functional.binary_cross_entropy_with_logits(m(frames), labels)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    return bias.item()


if __name__ == "__main__":
    det = TalkDetector()
    x, y = torch.randn(3, 20, 8), torch.randint(0, 2, (3, 20)).float()
    print("bias", calibrate_threshold(det, x, y))
