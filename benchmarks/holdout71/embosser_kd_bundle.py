# expect: crash
"""Embosser seam-quality distillation: models held in a bundle of bundles."""
from dataclasses import dataclass, field

import torch
from torch import nn
import torch.nn.functional as F


class SeamNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


@dataclass
class ModelBundle:
    models: dict = field(default_factory=dict)
    optimisers: dict = field(default_factory=dict)


@dataclass
class Experiment:
    bundle: ModelBundle
    temperature: float = 2.0


def build_experiment():
    teacher, student = SeamNet(12), SeamNet(4)
    bundle = ModelBundle(models={"teacher": teacher, "student": student},
                         optimisers={"student": torch.optim.Adam(student.parameters(), lr=1e-2)})
    return Experiment(bundle)


def freeze_reference_models(exp):
    for name, m in exp.bundle.models.items():
        m.eval()


def distil_step(exp, x, y):
    teacher = exp.bundle.models["teacher"]
    student = exp.bundle.models["student"]
    with torch.no_grad():
        soft = F.softmax(teacher(x) / exp.temperature, dim=-1)
    logits = student(x)
    loss = F.kl_div(F.log_softmax(logits / exp.temperature, dim=-1), soft, reduction="batchmean") \
        + F.cross_entropy(logits, y)
    opt = exp.bundle.optimisers["student"]
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(12)
    exp = build_experiment()
    exp.bundle.models["student"].train()
    freeze_reference_models(exp)
    for step in range(4):
        x, y = torch.randn(5, 8, 3), torch.randint(0, 2, (5,))
        loss = distil_step(exp, x, y)
    print("final distillation loss", round(loss, 4))


if __name__ == "__main__":
    main()
