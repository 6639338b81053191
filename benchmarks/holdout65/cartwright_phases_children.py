# expect: clean
"""cartwright: wheel-rim wear tagging. Phases come from a YAML-like settings dict; each phase
names module types to put into eval while it runs."""
import torch
import torch.nn as nn
import torch.nn.functional as F

SETTINGS = {
    "phases": {
        "warmup": {"steps": 1, "lr": 0.05, "eval_types": []},
        "polish": {"steps": 2, "lr": 0.01, "eval_types": ["Dropout", "LSTM"]},
    },
    "order": ["warmup", "polish"],
}


class RimTagger(nn.Module):
    def __init__(self, d=4, h=6, tags=3):
        super().__init__()
        self.encoder = nn.Sequential()
        self.encoder.add_module("lstm", nn.LSTM(d, h, batch_first=True))
        self.drop = nn.Dropout(0.25)
        self.out = nn.Linear(h, tags)

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.out(self.drop(h))


def apply_phase_modes(model, eval_types):
    model.train()
    for m in model.children():
        if type(m).__name__ in eval_types:
            m.eval()


def run_phase(model, name, spec, x, y):
    apply_phase_modes(model, spec["eval_types"])
    opt = torch.optim.SGD(model.parameters(), lr=spec["lr"])
    for _ in range(spec["steps"]):
        opt.zero_grad()
        logits = model(x)
        loss = F.cross_entropy(logits.flatten(0, 1), y.flatten())
        loss.backward()
        opt.step()
    print(name, round(loss.item(), 4))


def main():
    torch.manual_seed(31)
    model = RimTagger()
    x, y = torch.randn(3, 5, 4), torch.randint(0, 3, (3, 5))
    for name in SETTINGS["order"]:
        run_phase(model, name, SETTINGS["phases"][name], x, y)


if __name__ == "__main__":
    main()
