# expect: clean
"""Sailwright panel-stress model: saliency of seam readings via an explainer object."""
import torch
from torch import nn


class SeamStress(nn.Module):
    def __init__(self, d_in=5, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(d_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h.mean(1))

    @classmethod
    def for_inference(cls, state=None, **kw):
        m = cls(**kw)
        if state is not None:
            m.load_state_dict(state)
        return m.eval()


class GradientExplainer:
    def __init__(self, model):
        self.model = model

    def attribute(self, x, target):
        x = x.clone().requires_grad_(True)
        with torch.backends.cudnn.flags(enabled=False):
            logits = self.model(x)
        logits.gather(1, target[:, None]).sum().backward()
        return (x.grad * x).abs().sum(-1)


def train_briefly(model, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        x, y = torch.randn(6, 7, 5), torch.randint(0, 2, (6,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model.state_dict()


def main():
    torch.manual_seed(1)
    state = train_briefly(SeamStress())
    explainer = GradientExplainer(SeamStress.for_inference(state))
    x = torch.randn(3, 7, 5)
    rel = explainer.attribute(x, torch.tensor([0, 1, 1]))
    print("relevance", tuple(rel.shape))


if __name__ == "__main__":
    main()
