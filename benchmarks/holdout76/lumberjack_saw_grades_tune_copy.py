# expect: clean
"""Lumberjack saw-vibration log grading. A pretrained grader is rebuilt from a
state dict by a classmethod; a dict holds a serving copy and a tuning copy."""
import torch
from torch import nn

torch.manual_seed(3)
GRADES = ["veneer", "sawlog", "pulp"]


class SawGrader(nn.Module):
    def __init__(self, channels=4, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(channels, hidden, num_layers=2, batch_first=True)
        self.cls = nn.Linear(hidden, len(GRADES))

    def forward(self, vib):
        h, _ = self.rnn(vib)
        return self.cls(h.max(1).values)

    @classmethod
    def from_pretrained(cls, state_dict, inference=True, **kw):
        model = cls(**kw)
        model.load_state_dict(state_dict)
        if inference:
            return model.eval()
        return model


def pretrain():
    base = SawGrader()
    opt = torch.optim.SGD(base.parameters(), lr=0.1)
    x, y = torch.randn(12, 9, 4), torch.randint(0, 3, (12,))
    for _ in range(2):
        opt.zero_grad()
        nn.functional.cross_entropy(base(x), y).backward()
        opt.step()
    return base.state_dict()


def finetune(model, x, y, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def main():
    sd = pretrain()
    graders = {
        "serve": SawGrader.from_pretrained(sd),
        "tune": SawGrader.from_pretrained(sd, inference=False),
    }
    mill_x, mill_y = torch.randn(6, 9, 4), torch.randint(0, 3, (6,))
    with torch.no_grad():
        print("serve preds", graders["serve"](mill_x).argmax(1).tolist())
    print("tuned loss", finetune(graders["tune"], mill_x, mill_y))


if __name__ == "__main__":
    main()
